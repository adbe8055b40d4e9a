using System.IO;
using System.Linq;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Text;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests;

/// <summary>Runs every baseline sample through the compiler and compares each phase's output.</summary>
public sealed class BaselineTests
{
    [Theory]
    [MemberData(nameof(BaselineSample.All), MemberType = typeof(BaselineSample))]
    public void Diagnostics_match_the_baseline(string name)
    {
        var sample = BaselineSample.Get(name);
        var compilation = FrameworkSource.Compile(sample.InputPath);
        var rendered = BaselineSample.RenderInline(File.ReadAllText(sample.InputPath), compilation.Diagnostics);
        Snapshot.VerifyFile(rendered, sample.Verified("diagnostics", "txt"));

        if (sample.ExpectErrors)
        {
            Assert.True(compilation.HasErrors, $"{name} is named Invalid* but compiles without errors.");
        }
        else
        {
            Assert.False(compilation.HasErrors, $"{name} has errors: {string.Join("; ", compilation.Diagnostics.Where(d => d.IsError))}");
        }
    }

    /// <summary>
    /// Every fix fits the text it was reported on; a diagnostic has at most one preferred fix, and
    /// applying that fix alone makes the diagnostic go away without bringing a kind of problem the
    /// sample did not have (an edge fixed into one out of range); fixing the whole sample as
    /// <c>inspect check --fix</c> does never leaves more errors than it found.
    /// </summary>
    [Theory]
    [MemberData(nameof(BaselineSample.All), MemberType = typeof(BaselineSample))]
    public void Fixes_fit_and_each_preferred_fix_removes_its_diagnostic(string name)
    {
        var compilation = FrameworkSource.Compile(BaselineSample.Get(name).InputPath);
        var text = compilation.Source.Text;
        foreach (var diagnostic in compilation.Diagnostics)
        {
            Assert.True(diagnostic.Fixes.Count(f => f.IsPreferred) <= 1, $"{diagnostic} has more than one preferred fix.");
            foreach (var fix in diagnostic.Fixes)
            {
                var fixedText = TextChange.Apply(text, fix.Changes);
                if (fix.IsPreferred)
                {
                    var after = FrameworkCompilation.Create(new SourceText(compilation.Source.Path, fixedText));
                    Assert.DoesNotContain(after.Diagnostics, d => d.Code == diagnostic.Code && d.Location.Span.Start == diagnostic.Location.Span.Start);
                    var codesBefore = compilation.Diagnostics.Select(d => d.Code).ToHashSet();
                    Assert.All(after.Diagnostics, d => Assert.True(codesBefore.Contains(d.Code), $"Fixing {diagnostic} brought {d}."));
                }
            }
        }

        var result = FrameworkFixer.Fix(compilation);
        Assert.False(result.IsRefused, result.RefusedBecause);
        Assert.True(result.Compilation.Diagnostics.Count(d => d.IsError) <= compilation.Diagnostics.Count(d => d.IsError));
    }
}
