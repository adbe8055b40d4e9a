using System;
using System.IO;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.CaseData;

/// <summary>Reads an inspection data file (docs/case-data.md) into a scoring session.</summary>
public static class InspectionReader
{
    /// <summary>The largest single value (one case, the inspection entry) a file may hold.</summary>
    public const int MaxValueBytes = 64 * 1024 * 1024;

    /// <summary>
    /// Streams the file's cases into <paramref name="session"/> and records its judgements and
    /// discretion decisions; every problem goes to the session. <paramref name="display"/> is how
    /// problems name the file (defaults to the path as given). The CSV files its <c>case_files</c>
    /// name must be in its folder or below, by real path, unless <paramref name="options"/> allow more.
    /// A path that is a pipe (<c>/dev/stdin</c>, a FIFO) is read as a stream: see <see cref="InspectionReadOptions.StreamFolder"/>.
    /// </summary>
    public static InspectionMetadata Read(string path, InspectionSession session, Action<ReadProgress>? progress = null, string? display = null, InspectionReadOptions? options = null)
    {
        display ??= path;
        if (!File.Exists(path))
        {
            session.Stop(CaseDataProblems.FileUnreadable("it does not exist", Location.InFile(display)));
            return InspectionMetadata.Empty;
        }

        if (RefusedAsCsv(path, display, session))
        {
            return InspectionMetadata.Empty;
        }

        options ??= InspectionReadOptions.Default;
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            session.Stop(CaseDataProblems.FileUnreadable(e.Message.TrimEnd('.'), Location.InFile(display)));
            return InspectionMetadata.Empty;
        }

        using (stream)
        {
            return stream.CanSeek
                ? Read(stream, display, new CaseFileFolder(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", Path.GetDirectoryName(display) ?? string.Empty), session, progress, options)
                : Read(stream, display, session, progress, options);
        }
    }

    /// <summary>
    /// Reads inspection data from a stream that has no folder of its own (standard input, bytes given
    /// by a page); a <paramref name="display"/> name ending in .csv is refused as a file's is. Its
    /// <c>case_files</c> are relative to <see cref="InspectionReadOptions.StreamFolder"/>. The stream is
    /// read as it comes, with the same limits as a file (<see cref="MaxValueBytes"/> for one value).
    /// </summary>
    public static InspectionMetadata Read(Stream stream, string display, InspectionSession session, Action<ReadProgress>? progress = null, InspectionReadOptions? options = null)
    {
        if (RefusedAsCsv(display, display, session))
        {
            return InspectionMetadata.Empty;
        }

        options ??= InspectionReadOptions.Default;
        return Read(stream, display, options.StreamFolder is { } folder ? new CaseFileFolder(Path.GetFullPath(folder), string.Empty) : null, session, progress, options);
    }

    // A file named .csv or .xlsx holds cases only: refused by its name, whether read from a path or as
    // bytes (a file dropped into the studio).
    private static bool RefusedAsCsv(string name, string display, InspectionSession session)
    {
        var workbook = CsvCaseReader.IsWorkbook(name);
        if (!workbook && !name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        session.Stop(CaseDataProblems.UnexpectedStructure(
            (workbook ? "A workbook (.xlsx)" : "A CSV file") + " holds cases only. Write an inspection file (JSON) with the inspection's details, framework stamp, judgements and discretion decisions, and name the " + (workbook ? "workbook" : "CSV") + " in its \"case_files\"",
            Location.InFile(display)));
        return true;
    }

    private static InspectionMetadata Read(Stream stream, string display, CaseFileFolder? caseFiles, InspectionSession session, Action<ReadProgress>? progress, InspectionReadOptions options)
    {
        var vocabulary = new CaseVocabulary(session.Plan);
        return new JsonInspectionReader(display, caseFiles, session, vocabulary, progress, options).Read(TextEncodings.AsUtf8(stream, options.Encoding));
    }
}
