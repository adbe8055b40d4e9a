using System.IO;
using System.Linq;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
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
}
