using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Emit;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Emit;

/// <summary>
/// The generated C# of every bundled framework (one snapshot per generated file, beside this test) and
/// of every clean baseline sample (<c>main.csharp.verified.cs</c> in its folder, all files in one), and
/// that the baseline samples' code compiles cleanly. Accept changes with INSPECT_ACCEPT=1 and review them.
/// </summary>
public sealed class SnapshotTests
{
    [Theory]
    [MemberData(nameof(CompileTests.BundledFrameworks), MemberType = typeof(CompileTests))]
    public void Bundled_framework_code_matches_its_snapshots(string file)
    {
        var compilation = FrameworkSource.Compile(Path.Combine(RepositoryPaths.Frameworks, file));
        var result = CSharpEmitter.Emit(compilation.Model!);
        Assert.True(result.Success);
        var stem = Path.GetFileNameWithoutExtension(file);
        var mismatches = new List<string>();
        foreach (var generated in result.Files)
        {
            // HmipYouth2019.Cases.g.cs is snapshotted as hmip-youth-2019.Cases.verified.cs.
            var concern = generated.Name.Split('.')[1];
            try
            {
                Snapshot.Verify(generated.Text, $"{stem}.{concern}", "cs");
            }
            catch (SnapshotMismatchException e)
            {
                mismatches.Add(e.Message);
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Theory]
    [MemberData(nameof(CompileTests.CleanBaselines), MemberType = typeof(CompileTests))]
    public void Baseline_sample_code_matches_its_snapshot_and_compiles(string name)
    {
        var sample = BaselineSample.Get(name);
        var compilation = FrameworkSource.Compile(sample.InputPath);
        Assert.False(compilation.HasErrors);
        var result = CSharpEmitter.Emit(compilation.Model!);
        Assert.True(result.Success);
        Assert.Empty(GeneratedAssembly.Diagnose(result.Files));
        var combined = new StringBuilder();
        foreach (var generated in result.Files)
        {
            combined.Append("//// ").Append(generated.Name).Append('\n').Append(generated.Text);
        }

        Snapshot.VerifyFile(combined.ToString(), sample.Verified("csharp", "cs"));
    }
}
