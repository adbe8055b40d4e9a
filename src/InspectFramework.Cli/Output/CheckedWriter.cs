using System;
using System.IO;
using System.Text;
using InspectFramework.Tooling.Files;

namespace InspectFramework.Cli.Output;

/// <summary>Standard output as the commands see it: a failed write (disk full behind a redirection,
/// a closed pipe) becomes an <see cref="OutputWriteException"/>, so it is reported as a write failure
/// wherever in a command it happens.</summary>
internal sealed class CheckedWriter : TextWriter
{
    private readonly TextWriter _inner;

    public CheckedWriter(TextWriter inner)
        : base(inner.FormatProvider)
    {
        _inner = inner;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value) => Checked(() => _inner.Write(value));

    public override void Write(string? value) => Checked(() => _inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Checked(() => _inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Checked(() => _inner.WriteLine(value));

    public override void Flush() => Checked(_inner.Flush);

    public override string ToString() => _inner.ToString() ?? string.Empty;

    private static void Checked(Action write)
    {
        try
        {
            write();
        }
        // A descriptor that was closed when the process started may have been reused for a file opened
        // read-only: writing to it is refused as access denied, which is a write failure too.
        catch (Exception e) when (e is (IOException or UnauthorizedAccessException) and not OutputWriteException)
        {
            throw new OutputWriteException("standard output", e);
        }
    }
}
