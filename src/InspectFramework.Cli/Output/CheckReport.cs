using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Cli.Output;

/// <summary>One checked file with its diagnostics in the order the compilation sorted them, and the
/// text they point into (where their fixes' lines and columns are), when it could be read.</summary>
internal sealed record CheckedFile(string Path, ImmutableArray<Diagnostic> Diagnostics, SourceText? Source = null)
{
    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}

/// <summary>What <c>inspect check</c> found, independent of the output format.</summary>
internal sealed record CheckReport(ImmutableArray<CheckedFile> Files)
{
    public int Errors => Files.Sum(f => f.Errors);

    public int Warnings => Files.Sum(f => f.Warnings);

    public bool HasErrors => Errors > 0;

    /// <summary>The exit code of <c>inspect check</c> for this report (SARIF records it in its invocation).</summary>
    public int ExitCode => HasErrors ? InspectApp.InputErrors : InspectApp.Success;

    /// <summary>The diagnostics of every file, files in the order given.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Files.SelectMany(f => f.Diagnostics).ToImmutableArray();

    /// <summary>Builds the report; with <paramref name="warningsAsErrors"/> every warning is reported as an error.</summary>
    public static CheckReport Create(ImmutableArray<CheckedFile> files, bool warningsAsErrors)
    {
        if (!warningsAsErrors)
        {
            return new CheckReport(files);
        }

        return new CheckReport(files
            .Select(f => f with { Diagnostics = f.Diagnostics.Select(d => d.IsError ? d : d with { Severity = DiagnosticSeverity.Error }).ToImmutableArray() })
            .ToImmutableArray());
    }

    /// <summary>The closing line of the text output: <c>2 files checked: 3 errors, 1 warning.</c></summary>
    public string Summary =>
        $"{Count(Files.Length, "file", "files")} checked: {Count(Errors, "error", "errors")}, {Count(Warnings, "warning", "warnings")}.";

    private static string Count(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
