using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;
using InspectFramework.EditorFeatures.Symbols;

namespace InspectFramework.EditorFeatures.Navigation;

/// <summary>
/// Declared names across several files (the folder an editor has open): those whose name, label or
/// published number contains the query, ignoring case (an empty query matches every one), in the
/// order of the files given and then of declaration.
/// </summary>
public static class WorkspaceSymbolService
{
    public static ImmutableArray<WorkspaceSymbol> Find(IEnumerable<FrameworkCompilation> compilations, string query, int limit = 1000)
    {
        var result = ImmutableArray.CreateBuilder<WorkspaceSymbol>();
        foreach (var compilation in compilations)
        {
            var framework = compilation.Framework?.Name ?? compilation.Source.Path;
            foreach (var reference in compilation.References.Where(r => r.IsDeclaration))
            {
                var symbol = reference.Symbol;
                var (detail, number, container) = Describe(compilation, symbol, framework);
                if (Matches(symbol.Name, query) || (detail is not null && Matches(detail, query)) || (number is not null && Matches(number, query)))
                {
                    result.Add(new WorkspaceSymbol(symbol.Name, symbol.SymbolKind, detail, container, new SymbolLocation(compilation.Source.Path, reference.Name.Span)));
                    if (result.Count == limit)
                    {
                        return result.ToImmutable();
                    }
                }
            }
        }

        return result.ToImmutable();
    }

    private static bool Matches(string text, string query) => text.Contains(query, StringComparison.OrdinalIgnoreCase);

    private static (string? Detail, string? Number, string Container) Describe(FrameworkCompilation compilation, IDeclaredSymbol symbol, string framework) => symbol switch
    {
        ItemSymbol item => ($"{SymbolKinds.Word(item.SymbolKind)} {item.Number}: {item.Text}", item.Number, item.Parent is { } parent ? $"{framework} / {parent.DisplayName}" : framework),
        FactSymbol fact => (fact.Label, null, framework),
        EnumMemberSymbol value => (value.Label, null, FrameworkFacts.Owner(compilation, value) is { } owner ? $"{framework} / fact {owner.Name}" : framework),
        LevelSymbol level => (level.Label, null, framework),
        CaseTypeSymbol caseType => (caseType.Label, null, framework),
        BandTableSymbol bands => (bands.Label, null, framework),
        ScaleSymbol scale => (scale.Label, null, framework),
        ScoreSymbol score => (score.Label, null, framework),
        SourceSymbol source => (source.Title, null, framework),
        _ => (null, null, framework),
    };
}
