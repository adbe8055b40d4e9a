using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Parsing;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Fuzzing;

/// <summary>A part of a framework file that can be cut out or spliced into another: a declaration,
/// an item, a member of one, or a condition. Parts of one category can replace each other.</summary>
public sealed record SyntaxPart(string Category, TextSpan Span);

/// <summary>A framework file the fuzzer starts from, with its tokens and its parts.</summary>
public sealed class FrameworkSeed
{
    public FrameworkSeed(string name, byte[] bytes)
    {
        Name = name;
        Bytes = bytes;
        Text = new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        Tokens = FrameworkLexer.Tokenize(Text);
        var compilation = FrameworkCompilation.Create(new SourceText(name, Text));
        Parts = SyntaxParts.Of(compilation.Syntax);
        IsClean = !compilation.HasErrors;
    }

    /// <summary>The path from the repository root, with forward slashes.</summary>
    public string Name { get; }

    public byte[] Bytes { get; }

    public string Text { get; }

    public ImmutableArray<SyntaxToken> Tokens { get; }

    public ImmutableArray<SyntaxPart> Parts { get; }

    public bool IsClean { get; }

    public override string ToString() => Name;
}

/// <summary>An inspection data file with the framework it was recorded under and, for a file that
/// names a CSV of cases, that CSV.</summary>
public sealed class DataSeed
{
    public DataSeed(string name, byte[] json, string? csvName, byte[]? csv, string frameworkName, ScoringPlan plan)
    {
        Name = name;
        Json = json;
        CsvName = csvName;
        Csv = csv;
        FrameworkName = frameworkName;
        Plan = plan;
    }

    public string Name { get; }

    public byte[] Json { get; }

    public string? CsvName { get; }

    public byte[]? Csv { get; }

    public string FrameworkName { get; }

    public ScoringPlan Plan { get; }

    public override string ToString() => Name;
}

/// <summary>
/// Everything the fuzzer mutates: every bundled framework, every baseline sample and CLI sample,
/// and the sample inspections under samples/ with their frameworks. Files are taken in ordinal
/// order of their paths, so a seed picks the same files on every machine (for the same commit).
/// </summary>
public sealed class Corpus
{
    private Corpus(string root, ImmutableArray<FrameworkSeed> frameworks, ImmutableArray<FrameworkSeed> samples, ImmutableArray<DataSeed> data)
    {
        Root = root;
        Frameworks = frameworks;
        Samples = samples;
        Data = data;
        All = frameworks.AddRange(samples);
        Vocabulary = All.SelectMany(s => s.Tokens)
            .Where(t => t.Kind is SyntaxTokenKind.Keyword or SyntaxTokenKind.Name or SyntaxTokenKind.Number or SyntaxTokenKind.Text or SyntaxTokenKind.Date or SyntaxTokenKind.Operator or SyntaxTokenKind.Punctuation)
            .GroupBy(t => t.Kind)
            .ToImmutableDictionary(g => g.Key, g => g.Select(t => t.Text).Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToImmutableArray());
    }

    public string Root { get; }

    /// <summary>The bundled frameworks (frameworks/*.inspect): large, real, clean.</summary>
    public ImmutableArray<FrameworkSeed> Frameworks { get; }

    /// <summary>Baseline samples and CLI samples: small, each about one construct or one mistake.</summary>
    public ImmutableArray<FrameworkSeed> Samples { get; }

    public ImmutableArray<FrameworkSeed> All { get; }

    public ImmutableArray<DataSeed> Data { get; }

    /// <summary>Every distinct token text of the corpus by kind: material for substitutions.</summary>
    public ImmutableDictionary<SyntaxTokenKind, ImmutableArray<string>> Vocabulary { get; }

    public static Corpus Load(string root)
    {
        string Relative(string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
        IEnumerable<string> Files(string folder, string pattern) =>
            Directory.Exists(folder) ? Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories) : Enumerable.Empty<string>();

        var frameworks = Files(Path.Combine(root, "frameworks"), "*.inspect")
            .OrderBy(p => Relative(p), StringComparer.Ordinal)
            .Select(p => new FrameworkSeed(Relative(p), File.ReadAllBytes(p)))
            .ToImmutableArray();
        var tests = Path.Combine(root, "tests", "InspectFramework.Tests");
        var samples = Files(Path.Combine(tests, "Baselines"), "main.inspect")
            .Concat(Files(Path.Combine(tests, "Cli", "Samples"), "*.inspect"))
            .OrderBy(p => Relative(p), StringComparer.Ordinal)
            .Select(p => new FrameworkSeed(Relative(p), File.ReadAllBytes(p)))
            .ToImmutableArray();
        if (frameworks.IsEmpty || samples.IsEmpty)
        {
            throw new InvalidOperationException($"No framework files under {root}: run the fuzzer from the repository (or give --root).");
        }

        return new Corpus(root, frameworks, samples, LoadData(root, frameworks));
    }

    // Each sample inspection is scored against the bundled framework whose stamp it carries.
    private static ImmutableArray<DataSeed> LoadData(string root, ImmutableArray<FrameworkSeed> frameworks)
    {
        var plans = frameworks
            .Select(f => (Seed: f, Compilation: FrameworkCompilation.Create(new SourceText(f.Name, f.Text))))
            .Where(f => f.Compilation.Model is not null)
            .Select(f => (f.Seed.Name, Plan: ScoringPlan.Create(f.Compilation.Model!)))
            .ToList();
        var data = ImmutableArray.CreateBuilder<DataSeed>();
        var folder = Path.Combine(root, "samples");
        if (!Directory.Exists(folder))
        {
            return data.ToImmutable();
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            var json = File.ReadAllBytes(path);
            var text = Encoding.UTF8.GetString(json);
            var plan = plans.FirstOrDefault(p => text.Contains(p.Plan.Model.ContentHash, StringComparison.Ordinal));
            if (plan.Plan is null)
            {
                continue;
            }

            var csvName = JsonTokens.CaseFiles(json).FirstOrDefault();
            var csv = csvName is null ? null : File.ReadAllBytes(Path.Combine(folder, csvName));
            data.Add(new DataSeed("samples/" + Path.GetFileName(path), json, csvName, csv, plan.Name, plan.Plan));
        }

        return data.ToImmutable();
    }
}

/// <summary>Collects the parts of a syntax tree that splices may move.</summary>
internal static class SyntaxParts
{
    public static ImmutableArray<SyntaxPart> Of(CompilationUnitSyntax unit)
    {
        var parts = ImmutableArray.CreateBuilder<SyntaxPart>();
        foreach (var declaration in unit.Declarations)
        {
            Add(declaration, parts);
        }

        return parts.ToImmutable();
    }

    private static void Add(SyntaxNode node, ImmutableArray<SyntaxPart>.Builder parts)
    {
        if (node.Span.Length == 0)
        {
            return;
        }

        switch (node)
        {
            case FrameworkDeclarationSyntax:
                parts.Add(new SyntaxPart("header", node.Span));
                break;
            case ScaleDeclarationSyntax scale:
                parts.Add(new SyntaxPart("scale", node.Span));
                foreach (var level in scale.Levels)
                {
                    Add(level, parts);
                }

                break;
            case LevelDeclarationSyntax:
                parts.Add(new SyntaxPart("level", node.Span));
                break;
            case BandsDeclarationSyntax bands:
                parts.Add(new SyntaxPart("bands", node.Span));
                foreach (var row in bands.Rows)
                {
                    Add(row, parts);
                }

                break;
            case BandRowSyntax:
                parts.Add(new SyntaxPart("band row", node.Span));
                break;
            case FactDeclarationSyntax fact:
                parts.Add(new SyntaxPart("fact", node.Span));
                if (fact.Type is DerivedFactTypeSyntax derived)
                {
                    Add(derived.Expression, parts);
                }
                else if (fact.Type is EnumFactTypeSyntax enumeration)
                {
                    foreach (var member in enumeration.Members)
                    {
                        parts.Add(new SyntaxPart("enumeration member", member.Span));
                    }
                }

                break;
            case ValueSetDeclarationSyntax set:
                parts.Add(new SyntaxPart("value set", node.Span));
                foreach (var member in set.Members)
                {
                    parts.Add(new SyntaxPart("enumeration member", member.Span));
                }

                break;
            case DiscretionDeclarationSyntax discretion:
                parts.Add(new SyntaxPart("discretion", node.Span));
                foreach (var clause in discretion.Clauses)
                {
                    parts.Add(new SyntaxPart("discretion clause", clause.Span));
                }

                break;
            case ItemSyntax item:
                parts.Add(new SyntaxPart(item switch
                {
                    DomainSyntax => "domain",
                    StandardSyntax => "standard",
                    KeyQuestionSyntax => "key question",
                    _ => "prompt",
                }, node.Span));
                if (item.Condition is { } condition)
                {
                    Add(condition, parts);
                }

                foreach (var member in item.Members)
                {
                    Add(member, parts);
                }

                break;
            case ExpressionSyntax:
                parts.Add(new SyntaxPart("condition", node.Span));
                break;
            case DeclarationSyntax:
                // Source, case type, overall: one line each.
                parts.Add(new SyntaxPart("declaration", node.Span));
                break;
            default:
                // Statement, rating rule, guidance, provenance, answers, rationale required.
                parts.Add(new SyntaxPart("item member", node.Span));
                break;
        }
    }
}
