using System;
using System.IO;

namespace InspectFramework.Cli.Output;

/// <summary>An output (a file given with --out, standard output) could not be written: a full disk, a
/// read-only folder, a closed pipe. <see cref="InspectApp"/> turns it into one line on stderr and
/// <see cref="InspectApp.WriteFailed"/>, never an internal error.</summary>
internal sealed class OutputWriteException : IOException
{
    public OutputWriteException(string target, Exception cause)
        : base($"cannot write {target}: {cause.Message.TrimEnd('.')}", cause)
    {
    }
}
