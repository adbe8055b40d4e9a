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
    /// name must be in its folder or below, by real path, unless <paramref name="allowCaseFilesOutside"/>.
    /// </summary>
    public static InspectionMetadata Read(string path, InspectionSession session, Action<ReadProgress>? progress = null, string? display = null, bool allowCaseFilesOutside = false)
    {
        display ??= path;
        if (!File.Exists(path))
        {
            session.Stop(CaseDataProblems.FileUnreadable("it does not exist", Location.InFile(display)));
            return InspectionMetadata.Empty;
        }

        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            session.Stop(CaseDataProblems.UnexpectedStructure(
                "A CSV file holds cases only. Write an inspection file (JSON) with the inspection's details, framework stamp, judgements and discretion decisions, and name the CSV in its \"case_files\"",
                Location.InFile(display)));
            return InspectionMetadata.Empty;
        }

        var vocabulary = new CaseVocabulary(session.Plan);
        return new JsonInspectionReader(path, display, session, vocabulary, progress, allowCaseFilesOutside).Read();
    }
}
