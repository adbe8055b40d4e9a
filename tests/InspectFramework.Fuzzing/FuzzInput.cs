using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace InspectFramework.Fuzzing;

public enum FuzzTarget
{
    /// <summary>A framework file for the compiler.</summary>
    Framework,

    /// <summary>An inspection data file (and its CSV of cases) for the case data readers and the scorer.</summary>
    Data,
}

/// <summary>
/// One generated input. For data, <see cref="Bytes"/> is the inspection file and
/// <see cref="CsvBytes"/> the CSV of cases it names (when its sample has one).
/// </summary>
public sealed record FuzzInput(
    long Index,
    FuzzTarget Target,
    string SeedName,
    string FileName,
    byte[] Bytes,
    string? CsvName,
    byte[]? CsvBytes,
    DataSeed? Data,
    string Description,
    int ProbeSeed)
{
    /// <summary>The command that makes this input again and checks it.</summary>
    public string Replay { get; init; } = string.Empty;

    /// <summary>Whether, when it compiles without errors, its generated C# is compiled and its
    /// scorer compared with the evaluator (seconds, so for a sample: <see cref="InputSource.RoslynEvery"/>).</summary>
    public bool CompileGeneratedCode { get; init; }

    /// <summary>Whether it also goes through the source generator (a sample: <see cref="InputSource.GeneratorEvery"/>).</summary>
    public bool RunSourceGenerator { get; init; }

    public long Size => Bytes.LongLength + (CsvBytes?.LongLength ?? 0);
}

/// <summary>
/// Makes input number <c>i</c> of seed <c>s</c>. Each input has its own random generator, seeded
/// from (s, i) alone, so any input can be made again without the ones before it: that is what
/// <c>scripts/fuzz --seed S --input I</c> replays. The same seed gives the same inputs on every
/// machine for the same corpus (the same commit).
/// </summary>
public sealed class InputSource
{
    private readonly Corpus _corpus;
    private readonly int _seed;
    private readonly FuzzTarget? _only;

    public InputSource(Corpus corpus, int seed, FuzzTarget? only = null)
    {
        _corpus = corpus;
        _seed = seed;
        _only = only;
    }

    /// <summary>One input in this many is checked through Roslyn, if it compiles without errors.</summary>
    public const int RoslynEvery = 50;

    /// <summary>One framework input in this many also goes through the source generator.</summary>
    public const int GeneratorEvery = 8;

    public int Seed => _seed;

    /// <summary>The command that makes input <paramref name="index"/> again and checks it.</summary>
    public string ReplayCommand(long index) =>
        string.Format(CultureInfo.InvariantCulture, "scripts/fuzz --seed {0}{1} --input {2}", _seed, _only is { } only ? " --target " + only.ToString().ToLowerInvariant() : string.Empty, index);

    public FuzzInput Generate(long index)
    {
        var random = new Random(Mix(_seed, index));
        var probeSeed = random.Next();
        var roslyn = random.Next(RoslynEvery) == 0;
        var generator = random.Next(GeneratorEvery) == 0;

        // About one input in six is case data, the rest framework files.
        var target = _only ?? (random.Next(6) == 0 && !_corpus.Data.IsEmpty ? FuzzTarget.Data : FuzzTarget.Framework);
        return (target == FuzzTarget.Data ? Data(index, random) : Framework(index, random)) with { ProbeSeed = probeSeed, Replay = ReplayCommand(index), CompileGeneratedCode = roslyn, RunSourceGenerator = generator };
    }

    private FuzzInput Framework(long index, Random random)
    {
        // The bundled frameworks are large and real; the samples small and focused. A quarter of
        // the inputs start from a bundled one.
        var seed = random.Next(4) == 0 ? _corpus.Frameworks[random.Next(_corpus.Frameworks.Length)] : _corpus.Samples[random.Next(_corpus.Samples.Length)];
        var edits = new List<string>();
        var text = seed.Text;
        var mode = random.Next(20);

        // Meaning-keeping edits (mostly clean results, for the back ends), grammar-aware edits
        // (most), bytes only, or both (grammar first: it needs text it can lex).
        if (mode < 3)
        {
            var count = 1 + random.Next(3);
            for (var i = 0; i < count; i++)
            {
                edits.Add(FrameworkMutations.Gentle(ref text, _corpus, random));
            }
        }
        else if (mode < 16)
        {
            if (random.Next(4) == 0)
            {
                edits.Add(FrameworkMutations.Parts(ref text, seed, _corpus, random));
            }

            var count = random.Next(3);
            for (var i = 0; i < count; i++)
            {
                edits.Add(FrameworkMutations.Apply(ref text, seed, _corpus, random));
            }

            if (edits.Count == 0)
            {
                edits.Add(FrameworkMutations.Apply(ref text, seed, _corpus, random));
            }
        }

        var bytes = new List<byte>(Encoding.UTF8.GetBytes(text));
        if (mode >= 14)
        {
            var count = 1 + random.Next(mode >= 18 ? 1 : 3);
            for (var i = 0; i < count; i++)
            {
                edits.Add(ByteMutations.Apply(bytes, random));
            }
        }

        return new FuzzInput(index, FuzzTarget.Framework, seed.Name, "fuzz.inspect", bytes.ToArray(), null, null, null, Describe(index, seed.Name, edits), 0);
    }

    private FuzzInput Data(long index, Random random)
    {
        var seed = _corpus.Data[random.Next(_corpus.Data.Length)];
        var mutateCsv = seed.Csv is not null && random.Next(4) != 0;
        var bytes = new List<byte>(mutateCsv ? seed.Csv! : seed.Json);
        var edits = new List<string>();
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            edits.Add(DataMutations.Apply(bytes, mutateCsv, seed, random));
        }

        var name = seed.Name + (mutateCsv ? " (" + seed.CsvName + ")" : string.Empty);
        var json = mutateCsv ? seed.Json : bytes.ToArray();
        var csv = mutateCsv ? bytes.ToArray() : seed.Csv;
        return new FuzzInput(index, FuzzTarget.Data, name, "inspection.json", json, seed.CsvName, csv, seed, Describe(index, name, edits), 0);
    }

    private string Describe(long index, string seedName, IEnumerable<string> edits) =>
        string.Format(CultureInfo.InvariantCulture, "seed {0} input {1}: {2}: {3}", _seed, index, seedName, string.Join("; ", edits));

    // SplitMix64 of (seed, index): neighbouring inputs get unrelated generators.
    private static int Mix(int seed, long index)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) ^ (ulong)index;
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }
}
