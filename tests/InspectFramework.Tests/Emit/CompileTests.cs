using System.Collections.Generic;
using System.IO;
using System.Linq;
using InspectFramework.Emit;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Emit;

/// <summary>The generated code of every bundled framework and clean baseline sample compiles with zero diagnostics.</summary>
public sealed class CompileTests
{
    public static IEnumerable<object[]> BundledFrameworks() =>
        Directory.EnumerateFiles(RepositoryPaths.Frameworks, "*" + FrameworkCompilation.FileExtension)
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });

    public static IEnumerable<object[]> CleanBaselines() =>
        BaselineSample.All().Where(s => !BaselineSample.Get((string)s[0]).ExpectErrors);

    [Theory]
    [MemberData(nameof(BundledFrameworks))]
    public void Bundled_framework_compiles_without_diagnostics(string file)
    {
        var compilation = FrameworkCompilation.FromFile(Path.Combine(RepositoryPaths.Frameworks, file));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        var result = CSharpEmitter.Emit(compilation.Model!);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var diagnostics = GeneratedAssembly.Diagnose(result.Files);
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics.Take(50)));
    }
}
