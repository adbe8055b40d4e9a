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

        Assert.Equal(34, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        var documentation = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "case-data.md"));
        Assert.All(codes, code => Assert.Contains($"| {code} |", documentation));
    }
}
