using System.IO;
using InspectFramework.Evaluation;

namespace InspectFramework.Cli.Commands;

/// <summary>Loads a framework for the commands that work from its model (score, schema).</summary>
internal static class FrameworkInput
{
    /// <summary>The framework's scoring plan, or null after printing why there is none: the
    /// framework's diagnostics (as <c>inspect check</c> prints them) or the reason it cannot be scored.</summary>
    public static ScoringPlan? Load(string path, TextWriter stdout)
    {
        var compilation = FrameworkCompilation.FromFile(path);
        if (compilation.Model is not { } model)
        {
            foreach (var diagnostic in compilation.Diagnostics)
            {
                stdout.WriteLine(diagnostic.ToCanonicalString());
            }

            stdout.WriteLine($"{path}: the framework has errors; correct them ('inspect check {path}') before using it.");
            return null;
        }

        if (!ScoringPlan.TryCreate(model, out var plan, out var error))
        {
            stdout.WriteLine($"{path}: the framework cannot be scored: {error}");
            return null;
        }

        return plan;
    }

    /// <summary>Writes a whole output to --out (UTF-8, no byte-order mark) or to stdout.</summary>
    public static void WriteOutput(string? outPath, TextWriter stdout, string text)
    {
        if (outPath is null)
        {
            stdout.Write(text);
        }
        else
        {
            File.WriteAllText(outPath, text, new System.Text.UTF8Encoding(false));
        }
    }
}
