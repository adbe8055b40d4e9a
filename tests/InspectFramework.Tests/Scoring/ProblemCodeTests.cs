using System.IO;
using System.Linq;
using System.Reflection;
using InspectFramework.Runtime;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Scoring;

/// <summary>Every inspection data problem code is unique and documented in docs/case-data.md.</summary>
public sealed class ProblemCodeTests
{
    [Fact]
    public void Codes_are_unique_and_documented()
    {
        var codes = new[] { typeof(Findings), typeof(CaseDataProblems) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.Name.EndsWith("Code", System.StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        // Two problems are found both by the case data readers and by generated validators, and are one
        // code in both lists (CaseDataProblems names the runtime's constant): a negative or unknown fact
        // value (IV0106) and an unset fact that decides applicability (IV0108). No other code repeats.
        Assert.Equal(["IV0106", "IV0108"], codes.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).Order(System.StringComparer.Ordinal));
        Assert.Equal(32, codes.Distinct().Count());
        var documentation = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "case-data.md"));
        Assert.All(codes, code => Assert.Contains($"| {code} |", documentation));
    }
}
