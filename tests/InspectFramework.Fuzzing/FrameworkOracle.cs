using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Unicode;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Formatting;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Parsing;
using InspectFramework.Compiler.Text;
using InspectFramework.Fuzzing.Generated;
using InspectFramework.Tooling.Diff;
using InspectFramework.Tooling.Scoring;
using InspectFramework.Tooling.StandardsDocuments;

namespace InspectFramework.Fuzzing;

/// <summary>
/// The compiler's invariants, checked on one framework file (docs/fuzzing.md lists them): positions
/// inside the file and consistent with its text, diagnostics sorted and the same on every run, no
/// model when there are errors; and when there are none, the back ends work on the model: the
/// formatter round-trips, documents and diffs render, cases score with an exact account.
/// </summary>
public sealed class FrameworkOracle
{
    private static readonly Dictionary<string, DiagnosticSeverity> Catalogue = DiagnosticCatalogue.All.ToDictionary(d => d.Code, d => d.Severity, StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, FrameworkModel?> _seedModels = new(StringComparer.Ordinal);
    private readonly Corpus _corpus;

    public FrameworkOracle(Corpus corpus)
    {
        _corpus = corpus;
    }

    public Verdict Check(FuzzInput input, Random random)
    {
        var findings = new Findings();
        var clock = Stopwatch.StartNew();
        var first = FrameworkCompilation.FromBytes(input.FileName, input.Bytes);
        var time = clock.Elapsed;
        var second = FrameworkCompilation.FromBytes(input.FileName, input.Bytes);

        CheckText(input.Bytes, first, findings);
        CheckDiagnostics(first, findings);
        findings.Require(first.Diagnostics.SequenceEqual(second.Diagnostics), "compiling the same bytes twice gives the same diagnostics");
        findings.Require(first.HasErrors == (first.Model is null), "there is a model exactly when there are no errors");

        var syntaxErrors = first.Diagnostics.Any(d => d.IsError && d.Code.StartsWith("IF00", StringComparison.Ordinal));
        Outcome outcome;
        if (first.Diagnostics.Any(d => d.Code == "IF0007"))
        {
            outcome = Outcome.NotText;
        }
        else if (syntaxErrors)
        {
            outcome = Outcome.SyntaxErrors;
            var formatted = FrameworkFormatter.Format(first);
            findings.Require(!formatted.Succeeded && formatted.Errors.All(e => e.Code.StartsWith("IF00", StringComparison.Ordinal)), "the formatter refuses a file with syntax errors, naming them");
        }
        else
        {
            outcome = first.HasErrors ? Outcome.SemanticErrors : first.Diagnostics.IsEmpty ? Outcome.Clean : Outcome.Warnings;
            CheckFormatting(first, findings);
        }

        if (input.RunSourceGenerator && outcome != Outcome.NotText)
        {
            GeneratorProbe.Run(first, findings);
        }

        if (first.Model is { } model)
        {
            CheckBackEnds(input, model, findings, random);
            if (input.CompileGeneratedCode)
            {
                EmitProbe.Run(model, random, findings);
            }
        }

        return findings.ToVerdict(outcome, first.Diagnostics.Select(d => d.Code), time);
    }

    // The text the compiler shows positions in is the file's text: strict UTF-8 after an optional
    // byte-order mark. Ill-formed UTF-8 and NUL characters are refused with one diagnostic, at the
    // first bad byte, found here by .NET's own decoder rather than the compiler's validator.
    private static void CheckText(byte[] bytes, FrameworkCompilation compilation, Findings findings)
    {
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes.AsSpan(offset), chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            var text = new string(chars, 0, written);
            findings.Require(compilation.Source.Text == text, "the source text is the file's UTF-8 text without the byte-order mark");
            var nul = text.IndexOf('\0');
            if (nul >= 0)
            {
                findings.Require(compilation.Diagnostics.Length == 1 && compilation.Diagnostics[0].Code == "IF0007" && compilation.Diagnostics[0].Location.Span.Start == nul, "a NUL character is refused (IF0007) where it is");
            }
            else
            {
                var tokens = FrameworkLexer.Tokenize(text);
                findings.Require(string.Concat(tokens.Select(t => t.Text)) == text && tokens.Select(t => t.Span.Length).Sum() == text.Length, "the lexer's tokens cover the text exactly");
            }
        }
        else
        {
            findings.Require(
                compilation.Diagnostics.Length == 1 && compilation.Diagnostics[0].Code == "IF0007" && compilation.Diagnostics[0].Location.Span.Start == written,
                Invariant($"ill-formed UTF-8 is refused (IF0007) at its first bad byte ({offset + read}, character {written})"));
        }
    }

    private static void CheckDiagnostics(FrameworkCompilation compilation, Findings findings)
    {
        var source = compilation.Source;
        var lineStarts = LineStarts(source.Text);
        Diagnostic? previous = null;
        foreach (var d in compilation.Diagnostics)
        {
            var span = d.Location.Span;
            var where = Invariant($"{d.Code} at {span}");
            findings.Require(span.Start >= 0 && span.Length >= 0 && span.End <= source.Length, $"{where}: the span lies inside the file (length {source.Length})");
            findings.Require(d.Location.Path == source.Path, $"{where}: the diagnostic names the file");
            if (span.Start >= 0 && span.End <= source.Length && span.Length >= 0)
            {
                var start = Position(lineStarts, span.Start);
                var end = Position(lineStarts, span.End);
                findings.Require(d.Location.LineSpan.Start == start && d.Location.LineSpan.End == end, $"{where}: line and column ({Show(d.Location.LineSpan)}) agree with the text ({Show(new LinePositionSpan(start, end))})");
            }

            findings.Require(Catalogue.TryGetValue(d.Code, out var severity) && severity == d.Severity, $"{where}: the code is in the catalogue with this severity");
            findings.Require(d.Message.Length > 0 && d.Message.IndexOf('\n') < 0 && d.Message.IndexOf('\r') < 0, $"{where}: the message is one non-empty line");
            if (previous is not null)
            {
                findings.Require(DiagnosticOrder.Instance.Compare(previous, d) <= 0 && previous.Location.Span.Start <= span.Start, $"{where}: diagnostics are sorted by position");
            }

            previous = d;
        }
    }

    // The formatter works whenever there is no syntax error: its output is a fixed point and
    // compiles to the same model, or to the same findings when there are semantic errors.
    private static readonly string BidiWarning = DiagnosticCatalogue.IF0012.Code;

    private static void CheckFormatting(FrameworkCompilation original, Findings findings)
    {
        var formatted = FrameworkFormatter.Format(original);
        if (!formatted.Succeeded)
        {
            findings.Fail("the formatter formats a file without syntax errors");
            return;
        }

        var again = FrameworkCompilation.Create(new SourceText(original.Source.Path, formatted.Text!));
        var twice = FrameworkFormatter.Format(again);
        findings.Require(twice.Succeeded && twice.Text == formatted.Text, "formatting is idempotent");
        if (original.Model is { } model)
        {
            findings.Require(again.Model is not null && model.Equals(again.Model), "the formatted file compiles to the same model");
        }

        // The formatter writes a raw bidi control in text as an escape, which IF0012 does not report: the
        // formatted file may have fewer of them (those in comments stay), never more; the rest agree.
        static IEnumerable<string> Others(FrameworkCompilation c) => c.Diagnostics.Select(d => d.Code).Where(code => code != BidiWarning).OrderBy(code => code, StringComparer.Ordinal);
        findings.Require(
            Others(original).SequenceEqual(Others(again)) && again.Diagnostics.Count(d => d.Code == BidiWarning) <= original.Diagnostics.Count(d => d.Code == BidiWarning),
            "the formatted file has the same diagnostics (IF0012 fewer or as many), " + string.Join(",", original.Diagnostics.Select(d => d.Code)) + " before, " + string.Join(",", again.Diagnostics.Select(d => d.Code)) + " after");
    }

    private void CheckBackEnds(FuzzInput input, FrameworkModel model, Findings findings, Random random)
    {
        foreach (var format in new[] { DocumentFormat.Markdown, DocumentFormat.Html })
        {
            var document = StandardsDocument.Render(model, format);
            findings.Require(document.Length > 0, $"the {format} standards document renders");
            OutputOracle.Require(findings, $"the {format} standards document", format == DocumentFormat.Markdown ? OutputOracle.MarkdownProblems(document) : OutputOracle.HtmlProblems(document));
        }

        findings.Require(FrameworkDiffer.Compare(model, model).Changes.Count == 0, "a framework compared with itself has no changes");
        if (SeedModel(input.SeedName) is { } seed)
        {
            var forward = FrameworkDiffer.Compare(seed, model);
            var backward = FrameworkDiffer.Compare(model, seed);
            findings.Require(forward.Changes.Count == 0 == (backward.Changes.Count == 0) && forward.Changes.Count == 0 == seed.Equals(model), "a diff is empty exactly when the models are equal, in both directions");
            foreach (var format in new[] { DiffFormat.Text, DiffFormat.Markdown, DiffFormat.Json })
            {
                var rendered = DiffRenderer.Render(forward, format);
                findings.Require(rendered.Length > 0, $"the {format} diff renders");
                OutputOracle.Require(findings, $"the {format} diff", format switch
                {
                    DiffFormat.Text => OutputOracle.TextProblems(rendered),
                    DiffFormat.Markdown => OutputOracle.MarkdownProblems(rendered),
                    _ => System.Array.Empty<string>(),
                });
            }
        }

        ScoringProbe.Run(ScoringPlan.Create(model), random, findings);
    }

    private FrameworkModel? SeedModel(string seedName) => _seedModels.GetOrAdd(seedName, name =>
    {
        var seed = _corpus.All.FirstOrDefault(s => s.Name == name);
        return seed is null ? null : FrameworkCompilation.Create(new SourceText(seed.Name, seed.Text)).Model;
    });

    // Lines counted here from the text (CR, LF and CRLF each end a line), independently of the
    // compiler's line map: a line starts after every LF and after every CR not followed by LF.
    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static LinePosition Position(List<int> lineStarts, int offset)
    {
        var line = lineStarts.BinarySearch(offset);
        line = line >= 0 ? line : ~line - 1;
        return new LinePosition(line, offset - lineStarts[line]);
    }

    private static string Show(LinePositionSpan span) =>
        Invariant($"{span.Start.Line + 1},{span.Start.Character + 1}-{span.End.Line + 1},{span.End.Character + 1}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
