using System;
using System.Globalization;
using System.IO;
using InspectFramework.Cli;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Cli;

/// <summary>
/// A chain of 300,000 derived facts (about 10 MB, under the size limit) through the commands, in
/// process on a thread-pool thread (a smaller stack than a program's main thread): nothing may follow
/// the chain by recursion. How long checking takes is measured by scripts/time-derived-chain, not here.
/// </summary>
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

    private CliResult Run(params string[] args) =>
        CliRunner.Run(HangGuard, _chain.Folder.Path, new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" }, args);

    /// <summary>The framework written once for all the tests of the class.</summary>
    public sealed class ChainFile : IDisposable
    {
        public const string Name = "chain.inspect";

        public ChainFile() => Folder.Write(Name, DerivedFactChain.Text(Length));

        public TempFolder Folder { get; } = new();

        public void Dispose() => Folder.Dispose();
    }
}
