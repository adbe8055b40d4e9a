using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Configuration;

/// <summary>What a configuration file sets a warning to.</summary>
public enum ConfiguredSeverity
{
    /// <summary>Not reported at all.</summary>
    Off,
    Warning,
    Error,
}

/// <summary>
/// A repository's or a folder's <c>inspectconfig.json</c> (as <c>bicepconfig.json</c> is Bicep's): the
/// severity of each warning, for every framework under its folder and, in <c>overrides</c>, for the
/// files its patterns name. Read by the hosts (the CLI, the source generator, the language server),
/// which find the nearest file above a framework; the compiler applies what it says
/// (<see cref="FrameworkCompilation.WithSeverities"/>). Errors keep their severity: a framework with an
/// error cannot be scored or generated, whatever a configuration says.
/// </summary>
public sealed class InspectConfiguration
{
    public const string FileName = "inspectconfig.json";

    /// <summary>A configuration is a few lines; anything larger is refused unread.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>No file: every diagnostic keeps the severity the catalogue gives it.</summary>
    public static InspectConfiguration Empty { get; } = new(DiagnosticSeverities.Default, ImmutableArray<Override>.Empty);

    private static readonly string[] Levels = { "error", "warning", "off" };

    private readonly DiagnosticSeverities _severities;
    private readonly ImmutableArray<Override> _overrides;

    private InspectConfiguration(DiagnosticSeverities severities, ImmutableArray<Override> overrides)
    {
        _severities = severities;
        _overrides = overrides;
    }

    /// <summary>Reads a configuration file; its problems (IF0901-IF0904) are reported in
    /// <paramref name="diagnostics"/>, located in it. Whatever could be read is kept, so one bad entry
    /// does not undo the others.</summary>
    public static InspectConfiguration Parse(SourceText source, out ImmutableArray<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag(source);
        var configuration = Read(source, bag);
        diagnostics = bag.ToSortedArray();
        return configuration;
    }

    /// <summary>The severities for the framework at <paramref name="relativePath"/>: its path from the
    /// configuration file's folder, with '/' between folders.</summary>
    public DiagnosticSeverities For(string relativePath)
    {
        var severities = _severities;
        foreach (var o in _overrides)
        {
            if (o.Patterns.Any(p => p.IsMatch(relativePath)))
            {
                severities = severities.With(o.Severities);
            }
        }

        return severities;
    }

    private static InspectConfiguration Read(SourceText source, DiagnosticBag bag)
    {
        if (ConfigurationJson.Read(source, bag) is not { } root)
        {
            return Empty;
        }

        if (root is not JsonObject top)
        {
            bag.Report.InvalidConfiguration(root.Span, "the file must hold one object, such as { \"diagnostics\": { \"IF0205\": \"error\" } }");
            return Empty;
        }

        var severities = DiagnosticSeverities.Default;
        var overrides = ImmutableArray.CreateBuilder<Override>();
        foreach (var member in Distinct(top, bag))
        {
            switch (member.Name)
            {
                case "$schema":
                    break;
                case "diagnostics":
                    severities = ReadSeverities(member.Value, bag);
                    break;
                case "overrides":
                    ReadOverrides(member.Value, bag, overrides);
                    break;
                default:
                    UnknownProperty(member, new[] { "diagnostics", "overrides", "$schema" }, bag);
                    break;
            }
        }

        return new InspectConfiguration(severities, overrides.ToImmutable());
    }

    private static DiagnosticSeverities ReadSeverities(JsonNode node, DiagnosticBag bag)
    {
        if (node is not JsonObject settings)
        {
            bag.Report.InvalidConfiguration(node.Span, "\"diagnostics\" must be an object of codes and severities, such as { \"IF0205\": \"error\", \"IF0403\": \"off\" }");
            return DiagnosticSeverities.Default;
        }

        var set = new Dictionary<string, ConfiguredSeverity>(StringComparer.Ordinal);
        foreach (var member in Distinct(settings, bag))
        {
            var descriptor = DiagnosticCatalogue.All.FirstOrDefault(d => d.Code == member.Name);
            if (descriptor is null)
            {
                bag.Report.UnknownConfiguredCode(member.NameSpan, member.Name, NameSuggester.Suggestions(member.Name, DiagnosticCatalogue.All.Where(d => !d.IsError).Select(d => d.Code)));
                continue;
            }

            if (descriptor.IsError)
            {
                bag.Report.ErrorNotConfigurable(member.NameSpan, descriptor.Code, descriptor.Title);
                continue;
            }

            if (member.Value is not JsonString level || Array.IndexOf(Levels, level.Value) < 0)
            {
                var written = member.Value is JsonString s ? s.Value : source(member.Value);
                bag.Report.UnknownSeverity(member.Value.Span, written, Levels, NameSuggester.Suggestions(written, Levels));
                continue;
            }

            set[member.Name] = level.Value switch
            {
                "error" => ConfiguredSeverity.Error,
                "warning" => ConfiguredSeverity.Warning,
                _ => ConfiguredSeverity.Off,
            };
        }

        return new DiagnosticSeverities(set.ToImmutableSortedDictionary(StringComparer.Ordinal));

        string source(JsonNode value) => value is JsonOther other ? other.Text : bag.Source[value.Span];
    }

    private static void ReadOverrides(JsonNode node, DiagnosticBag bag, ImmutableArray<Override>.Builder overrides)
    {
        if (node is not JsonArray list)
        {
            bag.Report.InvalidConfiguration(node.Span, "\"overrides\" must be a list of objects, such as [ { \"files\": [\"youth/*.inspect\"], \"diagnostics\": { \"IF0403\": \"off\" } } ]");
            return;
        }

        foreach (var item in list.Items)
        {
            if (item is not JsonObject entry)
            {
                bag.Report.InvalidConfiguration(item.Span, "each override is an object with \"files\" and \"diagnostics\"");
                continue;
            }

            var patterns = ImmutableArray.CreateBuilder<Regex>();
            DiagnosticSeverities? severities = null;
            var hasFiles = false;
            foreach (var member in Distinct(entry, bag))
            {
                switch (member.Name)
                {
                    case "files":
                        hasFiles = true;
                        ReadPatterns(member.Value, bag, patterns);
                        break;
                    case "diagnostics":
                        severities = ReadSeverities(member.Value, bag);
                        break;
                    default:
                        UnknownProperty(member, new[] { "files", "diagnostics" }, bag);
                        break;
                }
            }

            if (!hasFiles || severities is null)
            {
                bag.Report.InvalidConfiguration(entry.Span, $"this override has no \"{(hasFiles ? "diagnostics" : "files")}\"; an override names the files it is for and the severities it sets");
                continue;
            }

            overrides.Add(new Override(patterns.ToImmutable(), severities));
        }
    }

    private static void ReadPatterns(JsonNode node, DiagnosticBag bag, ImmutableArray<Regex>.Builder patterns)
    {
        var items = node is JsonArray list ? list.Items : ImmutableArray.Create(node);
        foreach (var item in items)
        {
            if (item is not JsonString pattern || pattern.Value.Length == 0)
            {
                bag.Report.InvalidConfiguration(item.Span, "\"files\" is a list of file patterns in double quotes, such as [\"hmip-youth-2019.inspect\", \"drafts/**/*.inspect\"]");
                continue;
            }

            var value = pattern.Value;
            if (value.StartsWith("/", StringComparison.Ordinal) || value.Contains('\\') || value.Contains(':') || value.Split('/').Contains(".."))
            {
                bag.Report.InvalidConfiguration(pattern.Span, $"the pattern \"{value}\" must be relative to this file's folder, with '/' between folders and no '..'");
                continue;
            }

            patterns.Add(Glob(value));
        }
    }

    /// <summary>A file pattern as a regular expression: '*' within a folder name, '**' across folders,
    /// '?' one character; everything else literal.</summary>
    private static Regex Glob(string pattern)
    {
        var regex = new System.Text.StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                // "**/" also matches no folder at all: drafts/**/*.inspect matches drafts/a.inspect.
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The members of an object, a repeated name reported (IF0901) and its later value ignored.</summary>
    private static IEnumerable<JsonMember> Distinct(JsonObject value, DiagnosticBag bag)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in value.Members)
        {
            if (!seen.Add(member.Name))
            {
                bag.Report.InvalidConfiguration(member.NameSpan, $"\"{member.Name}\" is given twice in the same object; keep one");
                continue;
            }

            yield return member;
        }
    }

    private static void UnknownProperty(JsonMember member, string[] known, DiagnosticBag bag)
    {
        var suggestion = NameSuggester.Suggest(member.Name, known);
        bag.Report.InvalidConfiguration(member.NameSpan, $"\"{member.Name}\" is not a setting here{(suggestion is null ? string.Empty : $" (did you mean \"{suggestion}\"?)")}; the settings are {string.Join(", ", known.Select(k => "\"" + k + "\""))}");
    }

    private sealed record Override(ImmutableArray<Regex> Patterns, DiagnosticSeverities Severities);
}

/// <summary>The severity each configured warning is reported with; codes not listed keep the catalogue's.</summary>
public sealed class DiagnosticSeverities
{
    public static DiagnosticSeverities Default { get; } = new(ImmutableSortedDictionary.Create<string, ConfiguredSeverity>(StringComparer.Ordinal));

    internal DiagnosticSeverities(ImmutableSortedDictionary<string, ConfiguredSeverity> severities) => Severities = severities;

    /// <summary>Configured codes and their severities, in code order.</summary>
    public ImmutableSortedDictionary<string, ConfiguredSeverity> Severities { get; }

    public bool IsDefault => Severities.Count == 0;

    /// <summary>These severities, with <paramref name="later"/>'s settings taking precedence.</summary>
    internal DiagnosticSeverities With(DiagnosticSeverities later) =>
        new(later.Severities.Aggregate(Severities, (all, s) => all.SetItem(s.Key, s.Value)));

    /// <summary>The diagnostics as configured: warnings set to off are left out, others given their
    /// configured severity. Errors are never changed (the configuration cannot name them).</summary>
    public ImmutableArray<Diagnostic> Apply(ImmutableArray<Diagnostic> diagnostics)
    {
        if (IsDefault)
        {
            return diagnostics;
        }

        var result = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsError || !Severities.TryGetValue(diagnostic.Code, out var configured))
            {
                result.Add(diagnostic);
            }
            else if (configured != ConfiguredSeverity.Off)
            {
                result.Add(diagnostic with { Severity = configured == ConfiguredSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning });
            }
        }

        return result.ToImmutable();
    }
}
