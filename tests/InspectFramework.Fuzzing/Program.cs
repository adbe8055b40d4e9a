using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace InspectFramework.Fuzzing;

/// <summary>
/// <c>scripts/fuzz</c>: the long run. The supervisor (this process) starts a worker process that
/// checks the inputs and reports each one on a line; when the worker dies on an input (a stack
/// overflow cannot be caught in .NET) or ends itself after a hang, the supervisor records the
/// input, saves it, and starts a new worker after it. See docs/fuzzing.md.
/// </summary>
public static class Program
{
    private const string Usage = """
        usage: scripts/fuzz [--seed N] [--inputs M] [--start K] [--target framework|data] [--timeout SECONDS] [--out DIR]
               scripts/fuzz --seed N --input I      replay one input (prints it; saves it if it fails)
               scripts/fuzz --check FILE            check one saved framework file (a reproducer's main.inspect)
               scripts/fuzz --target lsp [--seed N] [--edits M] [--out DIR]   the language server (docs/fuzzing.md)
          --seed N      the run's seed (default: one from the clock, printed)
          --inputs M    how many inputs (default 10000)
          --start K     the first input number (default 0)
          --target T    only framework files or only case data (default: both, about five to one)
          --timeout S   the time bound on one input (default 60)
          --out DIR     where failing inputs are saved (default artifacts/fuzz)
        """;

    // A worker that saw a hang ends with this code: its stuck thread cannot be stopped otherwise.
    private const int WorkerHangExit = 75;

    public static int Main(string[] args)
    {
        try
        {
            var options = Options.Parse(args);
            if (options.Help)
            {
                Console.Out.WriteLine(Usage);
                return 0;
            }

            var corpus = Corpus.Load(options.Root);
            if (options.Check is not null)
            {
                return CheckFile(corpus, options);
            }

            if (options.Input is not null)
            {
                return Replay(corpus, options);
            }

            return options.Worker ? Work(corpus, options) : Supervise(options);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("fuzz: " + e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }

    private static int Replay(Corpus corpus, Options options)
    {
        var input = new InputSource(corpus, options.Seed, options.Target).Generate(options.Input!.Value);
        using var runner = new FuzzRunner(corpus);
        var verdict = runner.Run(input, options.Timeout);
        Console.Out.WriteLine(input.Description);
        Console.Out.WriteLine(Invariant($"{input.Size:#,0} bytes; {verdict.Outcome} in {verdict.Time.TotalMilliseconds:0} ms; codes: {string.Join(" ", verdict.Codes.Distinct())}"));
        foreach (var violation in verdict.Violations)
        {
            Console.Out.WriteLine("  " + violation);
        }

        if (verdict.Failed)
        {
            Console.Out.WriteLine("saved in " + FuzzRunner.SaveReproducer(options.Out, input, verdict));
            return 1;
        }

        return 0;
    }

    private static int CheckFile(Corpus corpus, Options options)
    {
        var input = new FuzzInput(0, FuzzTarget.Framework, options.Check!, "main.inspect", File.ReadAllBytes(options.Check!), null, null, null, "file " + options.Check, 0) { CompileGeneratedCode = true, RunSourceGenerator = true };
        using var runner = new FuzzRunner(corpus);
        var verdict = runner.Run(input, options.Timeout);
        Console.Out.WriteLine(Invariant($"{options.Check}: {verdict.Outcome} in {verdict.Time.TotalMilliseconds:0} ms; codes: {string.Join(" ", verdict.Codes.Distinct())}"));
        foreach (var violation in verdict.Violations)
        {
            Console.Out.WriteLine("  " + violation);
        }

        return verdict.Failed ? 1 : 0;
    }

    // ---- worker ------------------------------------------------------------------------------------

    // Protocol, one line each on standard output: "B index" before an input, "R index outcome
    // microseconds bytes codes checks" after it, "F index reproducer-folder" for a failure.
    private static int Work(Corpus corpus, Options options)
    {
        var source = new InputSource(corpus, options.Seed, options.Target);
        using var runner = new FuzzRunner(corpus);
        var output = Console.Out;

        // The first compilation pays for the JIT (Roslyn's too); it would otherwise be the slowest input.
        var warmUp = corpus.Frameworks[0];
        runner.Run(new FuzzInput(-1, FuzzTarget.Framework, warmUp.Name, "warm-up.inspect", warmUp.Bytes, null, null, null, "warm-up", 0) { CompileGeneratedCode = true, RunSourceGenerator = true }, options.Timeout);
        for (var index = options.Start; index < options.Start + options.Inputs; index++)
        {
            output.WriteLine(Invariant($"B {index}"));
            output.Flush();
            var input = source.Generate(index);
            var verdict = runner.Run(input, options.Timeout);
            output.WriteLine(Invariant($"R {index} {verdict.Outcome} {(long)(verdict.Time.Ticks / 10)} {input.Size} {Join(verdict.Codes.Distinct())} {Join(verdict.Checks.Select(c => c.Replace(' ', '_')))}"));
            if (verdict.Failed)
            {
                var folder = FuzzRunner.SaveReproducer(options.Out, input, verdict);
                output.WriteLine(Invariant($"F {index} {folder}"));
            }

            output.Flush();
            if (verdict.Outcome == Outcome.Hang)
            {
                return WorkerHangExit;
            }
        }

        return 0;
    }

    private static string Join(IEnumerable<string> items)
    {
        var joined = string.Join(",", items);
        return joined.Length == 0 ? "-" : joined;
    }

    // ---- supervisor --------------------------------------------------------------------------------

    private static int Supervise(Options options)
    {
        var corpus = Corpus.Load(options.Root);
        var source = new InputSource(corpus, options.Seed, options.Target);
        var summary = new FuzzSummary(options.Seed, options.Start, source.ReplayCommand);
        var clock = Stopwatch.StartNew();
        var end = options.Start + options.Inputs;
        var next = options.Start;
        var lastProgress = TimeSpan.Zero;
        Console.Error.WriteLine(Invariant($"fuzz: seed {options.Seed}, inputs {options.Start} to {end - 1}, {corpus.All.Length} framework files and {corpus.Data.Length} inspections as seeds; failures go to {options.Out}"));
        Console.Error.WriteLine("fuzz: replay any input with: " + source.ReplayCommand(0).Replace("--input 0", "--input I", StringComparison.Ordinal));
        while (next < end)
        {
            var (begun, exitCode, stderr) = RunWorker(options, source, next, end - next, summary, ref lastProgress, clock);
            if (begun is null)
            {
                Console.Error.WriteLine($"fuzz: the worker failed to start (exit code {exitCode}):\n{stderr}");
                return 2;
            }

            if (exitCode == 0)
            {
                break;
            }

            if (exitCode != WorkerHangExit)
            {
                // The worker died during input `begun`: the one input the .NET runtime could not
                // survive. It is made again here from its seed and saved.
                var detail = $"the worker process died (exit code {exitCode}) on this input: {LastLines(stderr, 5)}";
                FuzzInput input;
                try
                {
                    input = source.Generate(begun.Value);
                }
                catch (Exception e)
                {
                    // A bug of the fuzzer's own mutations: reported, so that the run goes on.
                    summary.AddFailure(new FuzzFailure(begun.Value, Outcome.Crash, "(the fuzzer could not make this input)", e.ToString(), null));
                    next = begun.Value + 1;
                    continue;
                }

                var verdict = Verdict.Failure(Outcome.Crash, TimeSpan.Zero, detail);
                var folder = FuzzRunner.SaveReproducer(options.Out, input, verdict);
                summary.Add(input.Index, input.Size, input.Description, Outcome.Crash, TimeSpan.Zero, Array.Empty<string>(), Array.Empty<string>());
                summary.AddFailure(new FuzzFailure(input.Index, Outcome.Crash, input.Description, detail, folder));
            }

            next = begun.Value + 1;
        }

        summary.Elapsed = clock.Elapsed;
        summary.Write(Console.Out);
        return summary.Failures.Count == 0 ? 0 : 1;
    }

    private static (long? Begun, int ExitCode, string Stderr) RunWorker(Options options, InputSource descriptions, long start, long count, FuzzSummary summary, ref TimeSpan lastProgress, Stopwatch clock)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        var self = Environment.ProcessPath ?? "dotnet";
        info.FileName = self;
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            info.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        foreach (var arg in new[] { "--worker", "--seed", Invariant($"{options.Seed}"), "--start", Invariant($"{start}"), "--inputs", Invariant($"{count}"), "--timeout", Invariant($"{options.Timeout.TotalSeconds}"), "--out", options.Out, "--root", options.Root })
        {
            info.ArgumentList.Add(arg);
        }

        if (options.Target is { } target)
        {
            info.ArgumentList.Add("--target");
            info.ArgumentList.Add(target.ToString().ToLowerInvariant());
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the worker process.");
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (stderr)
                {
                    stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();

        long? begun = null;
        string? line;
        while ((line = process.StandardOutput.ReadLine()) is not null)
        {
            var parts = line.Split(' ');
            switch (parts[0])
            {
                case "B":
                    begun = long.Parse(parts[1], CultureInfo.InvariantCulture);
                    break;
                case "R":
                {
                    var index = long.Parse(parts[1], CultureInfo.InvariantCulture);
                    var outcome = Enum.Parse<Outcome>(parts[2]);
                    var time = TimeSpan.FromTicks(long.Parse(parts[3], CultureInfo.InvariantCulture) * 10);
                    var size = long.Parse(parts[4], CultureInfo.InvariantCulture);
                    var codes = parts[5] == "-" ? Array.Empty<string>() : parts[5].Split(',');
                    var checks = parts[6] == "-" ? Array.Empty<string>() : parts[6].Replace('_', ' ').Split(',');
                    var slower = summary.Slowest is not { } slowest || time > slowest.Time;
                    var failed = outcome is Outcome.Exception or Outcome.Invariant or Outcome.Hang;

                    // Descriptions are made again only where the summary shows them.
                    var description = slower || failed ? descriptions.Generate(index).Description : string.Empty;
                    summary.Add(index, size, description, outcome, time, codes, checks);
                    break;
                }

                case "F":
                {
                    var index = long.Parse(parts[1], CultureInfo.InvariantCulture);
                    var folder = string.Join(" ", parts.Skip(2));
                    var note = File.Exists(Path.Combine(folder, "failure.txt")) ? File.ReadAllText(Path.Combine(folder, "failure.txt")) : string.Empty;
                    var outcomeLine = note.Split('\n')[0].Replace("outcome: ", string.Empty, StringComparison.Ordinal);
                    var detail = note.Split("\n\n", 2).ElementAtOrDefault(1) ?? string.Empty;
                    summary.AddFailure(new FuzzFailure(index, Enum.TryParse<Outcome>(outcomeLine, out var o) ? o : Outcome.Exception, descriptions.Generate(index).Description, detail, folder));
                    Console.Error.WriteLine($"fuzz: FAILURE on input {index}: {outcomeLine}; saved in {folder}");
                    break;
                }
            }

            if (clock.Elapsed - lastProgress > TimeSpan.FromSeconds(30))
            {
                lastProgress = clock.Elapsed;
                Console.Error.WriteLine(Invariant($"fuzz: {summary.Inputs:#,0} of {options.Inputs:#,0} inputs, {summary.Failures.Count} failures, {summary.Inputs / Math.Max(1, clock.Elapsed.TotalSeconds):0.0} inputs/s"));
            }
        }

        process.WaitForExit();
        return (begun, process.ExitCode, stderr.ToString());
    }

    private static string LastLines(string text, int count) =>
        string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(count).Select(l => l.Trim()));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class Options
    {
        public int Seed { get; private set; } = (int)(DateTime.UtcNow.Ticks % int.MaxValue);

        public long Inputs { get; private set; } = 10_000;

        public long Start { get; private set; }

        public long? Input { get; private set; }

        public string? Check { get; private set; }

        public FuzzTarget? Target { get; private set; }

        public TimeSpan Timeout { get; private set; } = FuzzRunner.DefaultBound;

        public string Root { get; private set; } = FindRoot();

        public string Out { get; private set; } = string.Empty;

        public bool Worker { get; private set; }

        public bool Help { get; private set; }

        public static Options Parse(string[] args)
        {
            var options = new Options();
            for (var i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                long Number() => long.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : throw new ArgumentException($"{args[i - 1]} needs a whole number.");
                switch (args[i])
                {
                    case "--seed":
                        options.Seed = int.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : throw new ArgumentException("--seed needs a whole number.");
                        break;
                    case "--inputs":
                        options.Inputs = Number();
                        break;
                    case "--start":
                        options.Start = Number();
                        break;
                    case "--input":
                        options.Input = Number();
                        break;
                    case "--check":
                        options.Check = Path.GetFullPath(Value());
                        break;
                    case "--target":
                        options.Target = Value() switch
                        {
                            "framework" => FuzzTarget.Framework,
                            "data" => FuzzTarget.Data,
                            var other => throw new ArgumentException($"--target takes framework or data, not '{other}'."),
                        };
                        break;
                    case "--timeout":
                        options.Timeout = TimeSpan.FromSeconds(Math.Max(1, Number()));
                        break;
                    case "--out":
                        options.Out = Path.GetFullPath(Value());
                        break;
                    case "--root":
                        options.Root = Path.GetFullPath(Value());
                        break;
                    case "--worker":
                        options.Worker = true;
                        break;
                    case "-h":
                    case "--help":
                        options.Help = true;
                        break;
                    default:
                        throw new ArgumentException($"unknown option '{args[i]}'.");
                }
            }

            if (options.Out.Length == 0)
            {
                options.Out = Path.Combine(options.Root, "artifacts", "fuzz");
            }

            return options;
        }

        private static string FindRoot()
        {
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
                {
                    if (File.Exists(Path.Combine(directory.FullName, "InspectFramework.sln")))
                    {
                        return directory.FullName;
                    }
                }
            }

            return Directory.GetCurrentDirectory();
        }
    }
}
