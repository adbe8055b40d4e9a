using System;
using System.IO;

namespace InspectFramework.LanguageServer.Tests.Infrastructure;

internal static class Samples
{
    /// <summary>The minimal baseline framework, which checks clean.</summary>
    public static string ValidMinimal { get; } = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "InspectFramework.Tests", "Baselines", "ValidMinimal", "main.inspect"));

    /// <summary>The minimal framework with the fact in key question 2.1.2's condition misspelt
    /// 'safety_concern' (line 88, characters 106 to 120, zero-based).</summary>
    public static string MisspeltFact { get; } = Misspell(ValidMinimal);

    private static string Misspell(string text)
    {
        const string Correct = "when safety_concerns\n";
        var at = text.IndexOf(Correct, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(Correct, at + 1, StringComparison.Ordinal) < 0);
        return string.Concat(text.AsSpan(0, at), "when safety_concern\n", text.AsSpan(at + Correct.Length));
    }
}
