using System.Text.Encodings.Web;
using System.Text.Json;

namespace InspectFramework.Tooling;

/// <summary>
/// How the JSON documents of the tooling library (reports, case data, the case-data schema) are
/// written: "\n" line ends on every machine, so output is byte-identical across them, and text as
/// written rather than \u-escaped (names are quoted, 'harm'), which is safe because these documents
/// go to files and tools, never into HTML. The diff's JSON keeps to ASCII instead
/// (<see cref="Diff.AsciiJsonEncoder"/>).
/// </summary>
internal static class ToolingJson
{
    public static JsonWriterOptions WriterOptions(bool indented = true) => new()
    {
        Indented = indented,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
