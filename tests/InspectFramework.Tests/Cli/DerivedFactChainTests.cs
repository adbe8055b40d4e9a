using System;
using System.Globalization;
using System.IO;
using InspectFramework.Cli;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Text;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Cli;

/// <summary>
/// A chain of 300,000 derived facts (about 10 MB, under the size limit) through the commands, in
/// process on a thread-pool thread (a smaller stack than a program's main thread): nothing may follow
/// the chain by recursion. How long checking takes is measured by scripts/time-derived-chain, not here.
/// </summary>
[Collection(LargeInput.Name)]
public sealed class DerivedFactChainTests : IClassFixture<DerivedFactChainTests.ChainFile>
{
    public const int Length = 300_000;

    // Each run reads 10 MB; with the other tests and other builds sharing two cores, a minute is not enough.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(10);

    private readonly ChainFile _chain;

    public DerivedFactChainTests(ChainFile chain) => _chain = chain;

    [Fact]
    public void Check_finds_nothing_wrong()
    {
        var result = Run("check", ChainFile.Name);

        Assert.Equal(InspectApp.Success, result.ExitCode);
        Assert.Equal("1 file checked: 0 errors, 0 warnings.\n", result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Formatting_docs_schema_and_generate_complete()
    {
        Assert.Equal(InspectApp.Success, Run("fmt", "--check", ChainFile.Name).ExitCode);
        Assert.Equal(InspectApp.Success, Run("docs", ChainFile.Name, "--format", "markdown", "--out", "chain.md").ExitCode);
        Assert.Contains("d299999", File.ReadAllText(Path.Combine(_chain.Folder.Path, "chain.md")), StringComparison.Ordinal);
        Assert.Equal(InspectApp.Success, Run("schema", ChainFile.Name, "--out", "chain.schema.json").ExitCode);
        Assert.Contains(_chain.ContentHash, File.ReadAllText(Path.Combine(_chain.Folder.Path, "chain.schema.json")), StringComparison.Ordinal);
        Assert.Equal(InspectApp.Success, Run("generate", ChainFile.Name, "--out", "generated").ExitCode);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_chain.Folder.Path, "generated")));
    }

    [Fact]
    public void Scoring_works_out_the_whole_chain_for_each_case()
    {
        // The first case records base = true, so d0 holds through the chain and its answer counts;
        // the second records false, so the key question does not apply to it.
        var result = Run("score", ChainFile.Name, ChainFile.Inspection, "--format", "json");

        Assert.True(result.ExitCode == InspectApp.Success, result.ToString());
        Assert.Contains("\"yes\": 1", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"applicable\": 1", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Analysis_and_a_diff_against_itself_complete()
    {
        var analysis = Run("analyse", ChainFile.Name, ChainFile.Inspection, "--by", "base");
        Assert.True(analysis.ExitCode == InspectApp.Success, analysis.ToString());

        var diff = Run("diff", ChainFile.Name, ChainFile.Name);
        Assert.True(diff.ExitCode == InspectApp.Success, diff.ToString());
    }

    private CliResult Run(params string[] args) =>
        CliRunner.Run(HangGuard, _chain.Folder.Path, new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" }, args);

    /// <summary>The framework written once for all the tests of the class.</summary>
    public sealed class ChainFile : IDisposable
    {
        public const string Name = "chain.inspect";

        public const string Inspection = "inspection.json";

        public ChainFile()
        {
            var text = DerivedFactChain.Text(Length);
            Folder.Write(Name, text);
            ContentHash = FrameworkCompilation.Create(new SourceText(Name, text)).Model!.ContentHash;
            Folder.Write(Inspection, $$"""
                {
                  "format": "inspect-inspection-data/1",
                  "inspection": { "service": "Chain", "framework": { "name": "chain", "version": "1", "content_hash": "{{ContentHash}}" } },
                  "cases": [
                    { "id": "C1", "case_type": "court", "facts": { "base": true }, "answers": { "{{DerivedFactChain.ItemPath}}": "yes" } },
                    { "id": "C2", "case_type": "court", "facts": { "base": false }, "answers": {} }
                  ]
                }
                """);
        }

        public TempFolder Folder { get; } = new();

        public string ContentHash { get; }

        public void Dispose() => Folder.Dispose();
    }
}
