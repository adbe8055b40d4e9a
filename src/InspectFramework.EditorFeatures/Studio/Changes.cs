using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Diff;

namespace InspectFramework.EditorFeatures.Studio;

/// <summary>
/// What changed between two versions of a framework: <see cref="Text"/> is <c>inspect diff</c>'s text
/// report and <see cref="Verdict"/> its verdict ("identical", "compatible", "needs migration",
/// "ratings-affecting"); when a version has errors there is nothing to compare: the text says which
/// and the verdict is empty.
/// </summary>
public sealed record ChangesResult(string Text, string Verdict);

/// <summary>The studio's "changes": the editor's text against the saved file or another version.</summary>
public static class Changes
{
    /// <param name="oldPath">How the earlier version's diagnostics name it ("saved", "HEAD:path").</param>
    public static ChangesResult Compare(string oldPath, string oldText, string newPath, string newText)
    {
        var before = FrameworkCompilation.FromText(new SourceText(oldPath, oldText));
        var after = FrameworkCompilation.FromText(new SourceText(newPath, newText));
        if (before.Model is not { } old || after.Model is not { } current)
        {
            var broken = before.Model is null ? before : after;
            var errors = broken.Diagnostics.Where(d => d.IsError).ToArray();
            return new ChangesResult(
                $"{DisplayText.OneLine(broken.Source.Path)} has {errors.Length} error(s); fix them before comparing.\n" +
                string.Concat(errors.Take(TryIt.MaxProblems).Select(e => e.ToCanonicalString() + "\n")),
                string.Empty);
        }

        var diff = FrameworkDiffer.Compare(old, current);
        return new ChangesResult(DiffRenderer.Render(diff, DiffFormat.Text), DiffRenderer.Label(diff.Verdict));
    }
}
