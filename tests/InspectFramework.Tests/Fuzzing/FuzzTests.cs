using System;
using System.Collections.Generic;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Parsing;
using InspectFramework.Fuzzing;
using InspectFramework.Fuzzing.Generated;
using InspectFramework.Tests.Cli;

namespace InspectFramework.Tests.Fuzzing;

/// <summary>
/// The short, bounded run of the fuzzer (docs/fuzzing.md): a few hundred inputs from a fixed seed,
/// mutated from every bundled framework, baseline sample and sample inspection, each checked for
/// every invariant under the hang guard. The long run is <c>scripts/fuzz --inputs 100000</c>.
/// </summary>
public sealed class FuzzTests : IClassFixture<FuzzTests.Fixture>
{
    private const int Seed = 20190601;

    private readonly Fixture _fixture;

    public FuzzTests(Fixture fixture)
    {
        _fixture = fixture;
    }

    public static IEnumerable<object[]> Batches() => Enumerable.Range(0, 4).Select(i => new object[] { i * 100 });

    [Theory]
    [MemberData(nameof(Batches))]
    public void A_hundred_mutated_inputs_keep_every_invariant(int start)
    {
        var source = new InputSource(_fixture.Corpus, Seed);
        using var runner = new FuzzRunner(_fixture.Corpus);
        var failures = new List<string>();
        for (var index = start; index < start + 100; index++)
        {
            var input = source.Generate(index);
            var verdict = runner.Run(input, CliRunner.HangGuard);
            if (verdict.Failed)
            {
                failures.Add($"{verdict.Outcome}: {input.Description}\n  replay: {input.Replay}\n  {string.Join("\n  ", verdict.Violations)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Generated_code_of_clean_fuzzed_frameworks_compiles_and_scores_like_the_evaluator()
    {
        // The long run compiles a sample of clean inputs' code (seconds each); here, the first three
        // clean inputs of the seed whose text was changed, through the source generator too.
        var source = new InputSource(_fixture.Corpus, Seed, FuzzTarget.Framework);
        var seeds = _fixture.Corpus.All.ToDictionary(f => f.Name, f => f.Bytes, StringComparer.Ordinal);
        var inputs = Enumerable.Range(0, 400).Select(i => source.Generate(i))
            .Where(i => !i.Bytes.AsSpan().SequenceEqual(seeds[i.SeedName]) && !FrameworkCompilation.FromBytes("f.inspect", i.Bytes).HasErrors)
            .Take(3)
            .Select(i => i with { CompileGeneratedCode = true, RunSourceGenerator = true })
            .ToList();
        using var runner = new FuzzRunner(_fixture.Corpus);

        Assert.Equal(3, inputs.Count);
        foreach (var input in inputs)
        {
            var verdict = runner.Run(input, CliRunner.HangGuard);
            Assert.True(!verdict.Failed, $"{verdict.Outcome}: {input.Description}\n  {string.Join("\n  ", verdict.Violations)}");
            Assert.Contains("generated scorer vs evaluator", verdict.Checks);
            Assert.Contains("source generator", verdict.Checks);
        }
    }

    [Fact]
    public void The_batches_reach_the_back_ends_and_the_case_data_readers()
    {
        // Guards the test above against mutations so rough that every input stops at the parser.
        var source = new InputSource(_fixture.Corpus, Seed);
        var inputs = Enumerable.Range(0, 400).Select(i => source.Generate(i)).ToList();
        Assert.InRange(inputs.Count(i => i.Target == FuzzTarget.Data), 30, 120);
        var clean = inputs.Where(i => i.Target == FuzzTarget.Framework).Count(i => !FrameworkCompilation.FromBytes("f.inspect", i.Bytes).HasErrors);
        Assert.True(clean >= 20, $"only {clean} of 400 inputs compile without errors");
        Assert.InRange(inputs.Count(i => i.RunSourceGenerator), 20, 80);
    }

    // Found by a seeded run (scripts/fuzz --seed 715, input 1021): the Luton inspection names no CSV,
    // so its "link-in.csv" points at a missing file; the oracle took the dangling link for a file
    // (File.Exists does not follow links) and threw. Each input now starts from an empty folder too,
    // so that what an earlier input left there cannot change what a later one reads.
    [Fact]
    public void A_case_file_link_to_a_missing_file_is_checked_the_same_after_any_input()
    {
        var luton = _fixture.Corpus.Data.Single(d => d.Name == "samples/luton-2020.json");
        var sefton = _fixture.Corpus.Data.Single(d => d.Name == "samples/sefton-2019.json");
        var root = System.Text.Json.Nodes.JsonNode.Parse(luton.Json)!;
        root["case_files"] = new System.Text.Json.Nodes.JsonArray("link-in.csv");
        var linked = new FuzzInput(0, FuzzTarget.Data, luton.Name, "luton-2020.json", System.Text.Encoding.UTF8.GetBytes(root.ToJsonString()), null, null, luton, "case_files: 'link-in.csv'", 0);
        var before = new FuzzInput(1, FuzzTarget.Data, sefton.Name, "sefton-2019.json", sefton.Json, sefton.CsvName, sefton.Csv, sefton, "unchanged", 0);

        using var runner = new FuzzRunner(_fixture.Corpus);
        var alone = runner.Run(linked, CliRunner.HangGuard);
        Assert.False(runner.Run(before, CliRunner.HangGuard).Failed);
        var after = runner.Run(linked, CliRunner.HangGuard);

        Assert.True(!alone.Failed, $"{alone.Outcome}: {string.Join("\n", alone.Violations)}");
        Assert.Equal(Outcome.DataRefused, alone.Outcome);
        Assert.Equal(alone.Codes.ToArray(), after.Codes.ToArray());
    }

    [Fact]
    public void An_input_is_made_again_from_its_seed_and_number_alone()
    {
        var first = new InputSource(_fixture.Corpus, Seed).Generate(12345);
        var again = new InputSource(_fixture.Corpus, Seed).Generate(12345);
        var neighbour = new InputSource(_fixture.Corpus, Seed).Generate(12346);
        var otherSeed = new InputSource(_fixture.Corpus, Seed + 1).Generate(12345);

        Assert.Equal(first.Bytes, again.Bytes);
        Assert.Equal(first.Description, again.Description);
        Assert.Equal($"scripts/fuzz --seed {Seed} --input 12345", first.Replay);
        Assert.NotEqual(first.Description, neighbour.Description);
        Assert.NotEqual(first.Description, otherSeed.Description);
    }

    [Fact]
    public void The_corpus_is_every_bundled_framework_baseline_sample_and_sample_inspection()
    {
        var corpus = _fixture.Corpus;

        Assert.Equal(System.IO.Directory.GetFiles(RepositoryPaths.Frameworks, "*.inspect").Length, corpus.Frameworks.Length);
        Assert.Equal(Infrastructure.BaselineSample.All().Count(), corpus.Samples.Count(s => s.Name.Contains("/Baselines/", StringComparison.Ordinal)));
        Assert.Contains(corpus.Data, d => d.Name == "samples/luton-2020.json" && d.Csv is null);
        Assert.Contains(corpus.Data, d => d.Name == "samples/sefton-2019.json" && d.CsvName == "sefton-2019-cases.csv");
        Assert.All(corpus.Frameworks, f => Assert.True(f.IsClean, f.Name));
        Assert.All(corpus.All, f => Assert.NotEmpty(f.Parts));
    }

    [Fact]
    public void The_lexer_view_gives_every_character_back_in_tokens_of_the_right_kind()
    {
        foreach (var seed in _fixture.Corpus.All)
        {
            var tokens = FrameworkLexer.Tokenize(seed.Text);
            Assert.Equal(seed.Text, string.Concat(tokens.Select(t => t.Text)));
            Assert.All(tokens.Zip(tokens.Skip(1)), pair => Assert.Equal(pair.First.Span.End, pair.Second.Span.Start));
        }

        var kinds = FrameworkLexer.Tokenize("domain 2 x_1 \"t\" 2019-06-01 { ( , % == -> } // c\n/* d */ ; \u201cq\u201d \"open")
            .Select(t => $"{t.Kind}:{t.Text}")
            .Where(t => !t.StartsWith("WhiteSpace", StringComparison.Ordinal));
        Assert.Equal(
            new[]
            {
                "Keyword:domain", "Number:2", "Name:x_1", "Text:\"t\"", "Date:2019-06-01", "Punctuation:{", "Punctuation:(", "Punctuation:,",
                "Punctuation:%", "Operator:==", "Operator:->", "Punctuation:}", "Comment:// c", "Comment:/* d */", "Bad:;", "Text:\u201cq\u201d", "Text:\"open",
            },
            kinds);
    }

    /// <summary>The corpus is loaded once (it compiles every seed file).</summary>
    public sealed class Fixture
    {
        public Corpus Corpus { get; } = Corpus.Load(RepositoryPaths.Root);
    }
}
