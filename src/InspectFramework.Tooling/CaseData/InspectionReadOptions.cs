namespace InspectFramework.Tooling.CaseData;

/// <summary>How <see cref="InspectionReader"/> finds the CSV files an inspection's <c>case_files</c> name.</summary>
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
}
