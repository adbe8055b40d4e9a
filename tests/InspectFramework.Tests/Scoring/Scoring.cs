using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Scoring;

/// <summary>Frameworks and inspections for the scoring tests.</summary>
internal static class Scoring
{
    private static readonly ConcurrentDictionary<string, ScoringPlan> Plans = new();

    /// <summary>The plan of a bundled framework (file name under frameworks/).</summary>
    public static ScoringPlan Bundled(string file) => Plans.GetOrAdd(file, f =>
    {
        var compilation = FrameworkSource.Compile(Path.Combine(RepositoryPaths.Frameworks, f));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return ScoringPlan.Create(compilation.Model!);
    });

    /// <summary>The plan of a framework written in a test.</summary>
    public static ScoringPlan Plan(string text)
    {
        var compilation = FrameworkCompilation.Create(new InspectFramework.Compiler.Text.SourceText("test.inspect", text));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return ScoringPlan.Create(compilation.Model!);
    }

    /// <summary>Reads and scores an inspection file, collecting problems.</summary>
    public static (InspectionResult Result, InspectionMetadata Metadata) File(ScoringPlan plan, string path, InspectionReadOptions? options = null)
    {
        var session = new InspectionSession(plan);
        var metadata = InspectionReader.Read(path, session, display: Path.GetFileName(path), options: options);
        return (session.Complete(), metadata);
    }

    public static string Problems(InspectionResult result) => string.Join("\n", result.Problems.Select(p => p.ToCanonicalString()));
}
