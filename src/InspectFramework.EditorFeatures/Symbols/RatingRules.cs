using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Tooling.StandardsDocuments;

namespace InspectFramework.EditorFeatures.Symbols;

/// <summary>A standard's rating rule in plain English, as the standards document says it (hover and hints).</summary>
internal static class RatingRules
{
    /// <summary>The standards document's sentence (<c>inspect docs</c>), with the band table's label; plain text.</summary>
    public static string Sentence(StandardSymbol standard) =>
        standard.RatingRule != RatingRule.None
            ? DocumentWording.RuleSentence(standard.RatingRule, Bands(standard))
            : "No rating rule: add 'rated by judgement', 'rated by lowest key question in ...' or 'not rated'.";

    /// <summary>The label (or name) of the band table a standard is rated by.</summary>
    public static string Bands(StandardSymbol standard) => standard.Bands is { } bands ? bands.Label ?? bands.Name : "band table";
}
