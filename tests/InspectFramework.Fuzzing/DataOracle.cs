using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Analysis;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Reports;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Fuzzing;

/// <summary>
/// The case data readers' and the scorer's invariants on one inspection file (and its CSV of
/// cases): every problem points inside its file; the account is exact (the inspection is scored
/// exactly when there is no problem, and a scored one rejected nothing); reading twice gives the
/// same problems; and, checked against System.Text.Json's independent reading of the same bytes,
/// malformed JSON is always reported and well-formed JSON never is, and no case, identifier,
/// fact or answer is silently lost.
/// </summary>
public sealed class DataOracle
{
    private static readonly Regex Code = new(@"^IV\d{4}$", RegexOptions.CultureInvariant);

    private readonly string _folder;

    /// <param name="folder">A folder of the caller's own: the input's files are written there.</param>
    public DataOracle(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
    }

    public Verdict Check(FuzzInput input)
    {
        var findings = new Findings();
        var seed = input.Data ?? throw new ArgumentException("Not a data input.", nameof(input));
        ClearFolder();
        var jsonPath = Path.Combine(_folder, input.FileName);
        File.WriteAllBytes(jsonPath, input.Bytes);
        if (input.CsvName is not null && input.CsvBytes is not null)
        {
            File.WriteAllBytes(Path.Combine(_folder, input.CsvName), input.CsvBytes);
        }

        PrepareCaseFileLinks(input.CsvName ?? "cases.csv");
        var clock = Stopwatch.StartNew();
        var (result, metadata) = Score(seed.Plan, jsonPath, input.FileName);
        var time = clock.Elapsed;
        var (again, _) = Score(seed.Plan, jsonPath, input.FileName);
        findings.Require(
            result.Problems.Select(p => p.ToCanonicalString()).SequenceEqual(again.Problems.Select(p => p.ToCanonicalString())) && result.CasesRead == again.CasesRead,
            "reading the same files twice gives the same problems");

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [input.FileName] = input.Bytes };
        if (input.CsvName is not null && input.CsvBytes is not null)
        {
            files[input.CsvName] = input.CsvBytes;
        }

        foreach (var entry in CaseFileEntries(input.Bytes))
        {
            // A case file is named as its entry gives it: one inside the folder with its bytes (the
            // input's CSV again through "sub/.." or a link), one missing or refused with none.
            files.TryAdd(entry, !entry.Contains('\0', StringComparison.Ordinal) && !IsOutside(entry) ? BytesInside(Path.Combine(_folder, entry)) : Array.Empty<byte>());
        }

        CheckAccount(result, findings);
        CheckProblems(result, files, findings);
        CheckNothingOutsideIsQuoted(result, findings);
        CheckAgainstIndependentReading(input, seed, result, findings);
        CheckReports(result, metadata, findings);
        if (result.IsScored)
        {
            CheckAnalysisReports(seed.Plan, jsonPath, input.FileName, findings);
        }
        return findings.ToVerdict(result.IsScored ? Outcome.DataScored : Outcome.DataRefused, result.Problems.Select(p => p.Code), time);
    }

    // Each input starts from an empty folder: a file left by an earlier input (another sample's CSV,
    // which "link-in.csv" names) would make what is read depend on the inputs before it, and a replay
    // (scripts/fuzz --input I) check something else than the run did.
    private void ClearFolder()
    {
        foreach (var entry in new DirectoryInfo(_folder).EnumerateFileSystemInfos())
        {
            // A link is removed itself, never what it points to.
            if (entry is DirectoryInfo { LinkTarget: null } folder)
            {
                folder.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }
    }

    // The bytes of a case file inside the folder as the reader finds them; none for one it cannot
    // read: missing, a folder, a link loop, or a link to a missing file (for which File.Exists is
    // true: it does not follow links).
    private static byte[] BytesInside(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<byte>();
        }
    }

    // The links and the folder that DataMutations.CaseFile names: out of the folder, a loop, and a
    // link to the input's own CSV (inside, so read).
    private void PrepareCaseFileLinks(string csvName)
    {
        foreach (var (link, target) in new[] { ("link-out.csv", "/etc/passwd"), ("link-loop.csv", "link-loop.csv"), ("link-in.csv", csvName) })
        {
            var path = Path.Combine(_folder, link);
            File.Delete(path);
            File.CreateSymbolicLink(path, target);
        }

        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
    }

    private static readonly string? SystemFileLine = File.Exists("/etc/passwd") ? File.ReadLines("/etc/passwd").FirstOrDefault() : null;

    // A file that is not case data is never quoted back (today's /etc/passwd would be).
    private static void CheckNothingOutsideIsQuoted(InspectionResult result, Findings findings)
    {
        if (SystemFileLine is { Length: >= 8 } line)
        {
            findings.Require(result.Problems.All(p => !p.Message.Contains(line.Substring(0, 8), StringComparison.Ordinal)), "no problem quotes a file outside the data's folder");
        }
    }

    private static List<string> CaseFileEntries(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind != JsonValueKind.Object ? new List<string>()
                : document.RootElement.EnumerateObject().Where(p => p.Name == "case_files" && p.Value.ValueKind == JsonValueKind.Array)
                    .SelectMany(p => p.Value.EnumerateArray()).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return new List<string>();
        }
    }

    // Out of the data's folder: an absolute path, ".." above it, or the link out.
    private bool IsOutside(string entry)
    {
        if (entry == "link-out.csv")
        {
            return true;
        }

        try
        {
            var folder = Path.GetFullPath(_folder).TrimEnd('/') + "/";
            return Path.IsPathRooted(entry) || !Path.GetFullPath(Path.Combine(folder, entry)).StartsWith(folder, StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool HasDuplicateKey(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!names.Add(property.Name) || HasDuplicateKey(property.Value))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Array:
                return element.EnumerateArray().Any(HasDuplicateKey);
            default:
                return false;
        }
    }

    // Reading stopped, or a file or the inspection's entries were refused, for another reason than `code`.
    private static bool RefusedOtherwise(InspectionResult result, string code) =>
        result.Problems.Any(p => p.Code != code && p.CaseId is null && (p.Code.StartsWith("IV02", StringComparison.Ordinal) || p.Code.StartsWith("IV03", StringComparison.Ordinal)));

    private static (InspectionResult Result, InspectionMetadata Metadata) Score(ScoringPlan plan, string path, string display)
    {
        var session = new InspectionSession(plan);
        var metadata = InspectionReader.Read(path, session, display: display);
        return (session.Complete(), metadata);
    }

    private static void CheckAccount(InspectionResult result, Findings findings)
    {
        findings.Require(result.IsScored == (result.ProblemCount == 0), "the inspection is scored exactly when there is no problem");
        findings.Require(result.ProblemCount == result.Problems.Length, "every problem is listed");
        findings.Require(result.CasesRejected >= 0 && result.CasesRejected <= result.CasesRead, "rejected cases are some of the cases read");
        findings.Require(!result.IsScored || (result.CasesRejected == 0 && result.CasesScored == result.CasesRead), "a scored inspection scored every case it read");
        findings.Require(result.CasesRejected == 0 || result.Problems.Any(p => p.CaseId is not null), "a rejected case has a problem naming it");
        findings.Require(result.CasesByType.Sum() == result.CasesAccepted, "accepted cases are counted by case type");
    }

    // A location without a position is the file as a whole; otherwise line and column lie inside the file. Columns count
    // characters (or bytes, for JSON syntax errors), so the line's length in bytes bounds them.
    // The JSON reader counts lines as System.Text.Json does (LF ends a line), the CSV reader as
    // editors do (CR, LF and CRLF): a place is inside the file if it is by either count.
    private static void CheckProblems(InspectionResult result, Dictionary<string, byte[]> files, Findings findings)
    {
        foreach (var problem in result.Problems)
        {
            var shown = problem.ToCanonicalString();
            findings.Require(Code.IsMatch(problem.Code), $"{problem.Code}: the code is well formed");
            findings.Require(shown.IndexOf('\n') < 0 && shown.IndexOf('\r') < 0, $"{problem.Code}: the problem is shown on one line: {Short(shown)}");
            var at = problem.Location;
            if (at.Path.Length == 0)
            {
                findings.Require(problem.Code.StartsWith("IV00", StringComparison.Ordinal) && problem.CaseId is null, $"{problem.Code}: only inspection-level findings have no place: {Short(shown)}");
                continue;
            }

            if (!files.TryGetValue(at.Path, out var bytes))
            {
                findings.Fail($"{problem.Code}: the problem names one of the input's files, not '{at.Path}'");
                continue;
            }

            if (!at.HasPosition)
            {
                continue;
            }

            var byLineFeed = LineLengths(bytes, editorRule: false);
            var byEditor = LineLengths(bytes, editorRule: true);
            static bool Inside(List<int> lines, Location at) =>
                at.LineSpan.Start.Line < lines.Count && at.LineSpan.Start.Character <= lines[at.LineSpan.Start.Line];
            findings.Require(Inside(byLineFeed, at) || Inside(byEditor, at), Invariant($"{problem.Code} at {at}: the place lies inside the file ({byLineFeed.Count} lines)"));
        }
    }

    private void CheckAgainstIndependentReading(FuzzInput input, DataSeed seed, InspectionResult result, Findings findings)
    {
        var json = input.Bytes.AsMemory();
        if (json.Length >= 3 && json.Span[0] == 0xEF && json.Span[1] == 0xBB && json.Span[2] == 0xBF)
        {
            json = json.Slice(3);
        }

        // Well-formed means parsed by System.Text.Json with every string readable as text (UTF-8,
        // no \\u escape of half a surrogate pair): the case data format's rule.
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
            ReadEveryString(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            findings.Require(!result.IsScored, "malformed JSON is never scored");
            return;
        }

        using (document)
        {
            findings.Require(result.Problems.All(p => p.Code != CaseDataProblems.MalformedJsonCode), "well-formed JSON is not reported as malformed: " + Short(result.Problems.FirstOrDefault(p => p.Code == CaseDataProblems.MalformedJsonCode)?.ToCanonicalString() ?? string.Empty));

            var root = document.RootElement;
            if (HasDuplicateKey(root))
            {
                // A fact or an item named twice in a case is the case's own problem (IV0110). Inside a
                // value refused for its type (an object given for a fact), the value's problem stands.
                findings.Require(!result.IsScored, "a file with a key given twice in an object is never scored");
                findings.Require(result.Problems.Any(p => p.Code is CaseDataProblems.DuplicateKeyCode or CaseDataProblems.RecordedTwiceCode) || RefusedOtherwise(result, CaseDataProblems.DuplicateKeyCode) || result.CasesRejected > 0, "a key given twice in an object is reported (IV0306, or IV0110 for a fact or an item), unless its case was rejected for another problem");
            }

            foreach (var entry in CaseFileEntries(input.Bytes).Where(IsOutside))
            {
                findings.Require(result.Problems.Any(p => p.Code == CaseDataProblems.CaseFileOutsideCode) || RefusedOtherwise(result, CaseDataProblems.CaseFileOutsideCode), $"the case file '{Short(entry)}' outside the folder is refused (IV0307)");
            }

            // The account is compared with the file only when everything was read: no problem
            // stopped reading or concerns the inspection's entries or a file (IV02xx, IV03xx).
            var complete = root.ValueKind == JsonValueKind.Object
                && !result.Problems.Any(p => p.CaseId is null && (p.Code.StartsWith("IV02", StringComparison.Ordinal) || p.Code.StartsWith("IV03", StringComparison.Ordinal)));
            if (!complete)
            {
                return;
            }

            var cases = root.EnumerateObject().Where(p => p.Name == "cases" && p.Value.ValueKind == JsonValueKind.Array).SelectMany(p => p.Value.EnumerateArray()).ToList();
            var csvFiles = root.EnumerateObject().Where(p => p.Name == "case_files" && p.Value.ValueKind == JsonValueKind.Array).SelectMany(p => p.Value.EnumerateArray()).ToList();
            if (csvFiles.Any(f => f.ValueKind != JsonValueKind.String || f.GetString() != input.CsvName))
            {
                return;
            }

            if (csvFiles.Count > 0 && result.Problems.Any(p => p.Code == CaseDataProblems.MalformedCsvCode))
            {
                return;
            }

            var csvRows = csvFiles.Count == 0 ? 0 : CsvRecords(input.CsvBytes ?? Array.Empty<byte>()) * csvFiles.Count;
            findings.Require(result.CasesRead == cases.Count + csvRows, Invariant($"every case is read: {cases.Count} in the JSON and {csvRows} CSV rows, {result.CasesRead} read"));

            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var record in cases.Where(c => c.ValueKind == JsonValueKind.Object))
            {
                var id = record.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString()! : null;
                if (id is null || id.Length == 0 || HasDuplicateKey(record))
                {
                    // A case with a key twice is rejected for it; which of the two values was read is not said.
                    continue;
                }

                bool Reported(string code) => result.Problems.Any(p => p.Code == code && p.CaseId == id);
                if (!ids.Add(id))
                {
                    findings.Require(Reported(CaseDataProblems.DuplicateCaseIdCode), $"case '{Short(id)}': a second case with the same identifier is reported");
                }

                foreach (var answer in Properties(record, "answers").Where(a => seed.Plan.FindItem(a) < 0))
                {
                    findings.Require(Reported(CaseDataProblems.UnknownItemCode), $"case '{Short(id)}': the answer to an unknown item '{Short(answer)}' is reported");
                }

                foreach (var fact in Properties(record, "facts"))
                {
                    var index = seed.Plan.FindFact(fact);
                    var code = index < 0 ? CaseDataProblems.UnknownFactCode : seed.Plan.Facts[index].IsDerived ? CaseDataProblems.DerivedFactRecordedCode : null;
                    findings.Require(code is null || Reported(code), $"case '{Short(id)}': the fact '{Short(fact)}' is reported as {code}");
                }
            }
        }
    }

    private static void ReadEveryString(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                element.GetString();
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    ReadEveryString(item);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    ReadEveryString(property.Value);
                }

                break;
        }
    }

    private static IEnumerable<string> Properties(JsonElement record, string name) =>
        record.EnumerateObject().Where(p => p.Name == name && p.Value.ValueKind == JsonValueKind.Object).SelectMany(p => p.Value.EnumerateObject()).Select(p => p.Name);

    // Records of well-formed CSV after the header (RFC 4180: a line break inside quotes belongs to
    // the field; CRLF, LF or a lone CR ends a record); blank lines are no records. Counted only
    // when the readers found no malformed row, so the two cannot differ on where a broken one ends.
    private static int CsvRecords(byte[] csv)
    {
        var records = 0;
        var quoted = false;
        var empty = true;
        var bytes = csv.AsSpan(csv.Length >= 3 && csv[0] == 0xEF && csv[1] == 0xBB && csv[2] == 0xBF ? 3 : 0);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == '"')
            {
                quoted = !quoted;
            }

            var lineEnd = !quoted && (b == '\n' || (b == '\r' && (i + 1 == bytes.Length || bytes[i + 1] != '\n')));
            if (lineEnd)
            {
                records += empty ? 0 : 1;
                empty = true;
            }
            else if (b != '\r' || quoted)
            {
                empty = false;
            }
        }

        records += empty ? 0 : 1;
        return Math.Max(0, records - 1);
    }

    private static void CheckReports(InspectionResult result, InspectionMetadata metadata, Findings findings)
    {
        using (var stream = new MemoryStream())
        {
            JsonReport.Write(stream, result, metadata, result.Problems);
            findings.Require(stream.Length > 0, "the JSON report is written");
        }

        if (!result.IsScored)
        {
            return;
        }

        foreach (var (name, write) in new (string, Action<TextWriter, InspectionResult, InspectionMetadata>)[] { ("text", TextReport.Write), ("markdown", MarkdownReport.Write), ("html", HtmlReport.Write) })
        {
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            write(writer, result, metadata);
            var report = writer.ToString();
            findings.Require(report.Length > 0, $"the {name} report is written");
            OutputOracle.Require(findings, $"the {name} report", name switch
            {
                "text" => OutputOracle.TextProblems(report),
                "markdown" => OutputOracle.MarkdownProblems(report),
                _ => OutputOracle.HtmlProblems(report),
            });
        }
    }

    // The analysis of the same file by its first fact, in every format the oracles read: the CSV's
    // cells, the Markdown and the text lines carry the service name as the score reports do.
    private static void CheckAnalysisReports(ScoringPlan plan, string path, string display, Findings findings)
    {
        var fact = plan.Facts.FirstOrDefault(f => !f.IsDerived);
        if (fact is null || SubgroupFact.Create(plan, fact.Name, null, out _) is not { } by)
        {
            return;
        }

        var analysis = SubgroupAnalysis.Run(plan, by, new[] { new AnalysisInput(path, display) }, _ => { });
        if (!analysis.IsAnalysed)
        {
            return;
        }

        foreach (var (name, write, oracle) in new (string, Action<TextWriter, AnalysisResult>, Func<string, IReadOnlyList<string>>)[]
        {
            ("text", AnalysisTextReport.Write, OutputOracle.TextProblems),
            ("markdown", AnalysisMarkdownReport.Write, OutputOracle.MarkdownProblems),
            ("csv", AnalysisCsvReport.Write, OutputOracle.CsvProblems),
            ("html", AnalysisHtmlReport.Write, OutputOracle.HtmlProblems),
        })
        {
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            write(writer, analysis);
            OutputOracle.Require(findings, $"the {name} analysis", oracle(writer.ToString()));
        }
    }

    private static List<int> LineLengths(byte[] bytes, bool editorRule)
    {
        var lengths = new List<int>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n' || (editorRule && bytes[i] == '\r' && (i + 1 == bytes.Length || bytes[i + 1] != '\n')))
            {
                lengths.Add(i - start);
                start = i + 1;
            }
        }

        lengths.Add(bytes.Length - start);
        return lengths;
    }

    private static string Short(string text) => text.Length > 120 ? text.Substring(0, 117) + "..." : text;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
