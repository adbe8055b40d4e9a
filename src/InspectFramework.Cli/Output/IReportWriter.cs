using System.IO;

namespace InspectFramework.Cli.Output;

/// <summary>Writes a <see cref="CheckReport"/> in one output format.</summary>
internal interface IReportWriter
{
    void Write(CheckReport report, TextWriter output);
}
