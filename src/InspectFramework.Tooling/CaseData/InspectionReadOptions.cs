using System.Collections.Immutable;
using System.Text;

namespace InspectFramework.Tooling.CaseData;

/// <summary>How <see cref="InspectionReader"/> finds and reads the files an inspection's <c>case_files</c> name.</summary>
public sealed record InspectionReadOptions
{
    public static InspectionReadOptions Default { get; } = new();

    /// <summary>
    /// Read case files outside the data file's folder (an absolute path, <c>..</c>, a symbolic link out).
    /// Off by default: data could otherwise make the tool read, and quote, any file on the machine.
    /// </summary>
    public bool AllowCaseFilesOutside { get; init; }

    /// <summary>
    /// The folder <c>case_files</c> are relative to, and must stay in, when the data has no folder of
    /// its own: standard input or a pipe (the CLI gives its working directory). Without it such data
    /// may name no case files.
    /// </summary>
    public string? StreamFolder { get; init; }

    /// <summary>
    /// The encoding of data files without a byte-order mark; null for UTF-8 (invalid bytes refused).
    /// A byte-order mark (UTF-8, UTF-16) always decides. See <see cref="TextEncodings"/>.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>CSV columns the team keeps for itself (an inspector, a date): left unread instead of refused.</summary>
    public ImmutableHashSet<string> IgnoredColumns { get; init; } = ImmutableHashSet<string>.Empty;
}
