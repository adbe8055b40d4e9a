using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace InspectFramework.Fuzzing;

/// <summary>
/// Checks inputs one at a time, each on a worker task with a time bound: an exception that escapes
/// is a failure, and so is an input still running when the bound is reached (a hang; the worker
/// cannot be stopped, so the process that saw a hang should end soon after, as the long run's
/// worker process does). Used in process by the tests and by the long run's worker.
/// </summary>
public sealed class FuzzRunner : IDisposable
{
    /// <summary>The bound on one input: every check on it, compiling twice included. Inputs take
    /// milliseconds; the bound is far above that so that a busy machine is not taken for a hang.</summary>
    public static readonly TimeSpan DefaultBound = TimeSpan.FromSeconds(60);

    private readonly FrameworkOracle _frameworks;
    private readonly DataOracle _data;
    private readonly string _folder;

    public FuzzRunner(Corpus corpus)
    {
        Corpus = corpus;
        _folder = Path.Combine(Path.GetTempPath(), "inspect-fuzz", Guid.NewGuid().ToString("N"));
        _frameworks = new FrameworkOracle(corpus);
        _data = new DataOracle(_folder);
    }

    public Corpus Corpus { get; }

    /// <param name="bound">The time bound; five times longer for an input whose generated code may
    /// be compiled by Roslyn.</param>
    public Verdict Run(FuzzInput input, TimeSpan bound)
    {
        bound = input.CompileGeneratedCode ? bound * 5 : bound;
        var clock = Stopwatch.StartNew();
        var work = Task.Run(() => input.Target == FuzzTarget.Framework
            ? _frameworks.Check(input, new Random(input.ProbeSeed))
            : _data.Check(input));
        try
        {
            if (!work.Wait(bound))
            {
                return Verdict.Failure(Outcome.Hang, clock.Elapsed, string.Format(CultureInfo.InvariantCulture, "did not finish within {0:0} s", bound.TotalSeconds));
            }

            return work.Result;
        }
        catch (AggregateException e)
        {
            return Verdict.Failure(Outcome.Exception, clock.Elapsed, (e.InnerException ?? e).ToString());
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp clean-up.
        }
    }

    /// <summary>
    /// Saves a failing input where a person can replay and review it: the file(s) as generated and
    /// a note with what was done to the seed, what failed, and the command that replays it.
    /// </summary>
    public static string SaveReproducer(string folder, FuzzInput input, Verdict verdict)
    {
        var directory = Path.Combine(folder, input.Replay.Length == 0 ? "file" : input.Replay.Replace("scripts/fuzz --", string.Empty, StringComparison.Ordinal).Replace(" --", "-", StringComparison.Ordinal).Replace(' ', '-'));
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, input.Target == FuzzTarget.Framework ? "main.inspect" : input.FileName), input.Bytes);
        if (input.CsvName is not null && input.CsvBytes is not null)
        {
            File.WriteAllBytes(Path.Combine(directory, input.CsvName), input.CsvBytes);
        }

        var note = new StringBuilder()
            .Append("outcome: ").Append(verdict.Outcome).Append('\n')
            .Append("input: ").Append(input.Description).Append('\n')
            .Append("replay: ").Append(input.Replay).Append('\n')
            .Append(input.Target == FuzzTarget.Data ? "scored against: " + input.Data!.FrameworkName + "\n" : string.Empty)
            .Append('\n');
        foreach (var violation in verdict.Violations)
        {
            note.Append(violation).Append('\n');
        }

        File.WriteAllText(Path.Combine(directory, "failure.txt"), note.ToString(), new UTF8Encoding(false));
        return directory;
    }
}
