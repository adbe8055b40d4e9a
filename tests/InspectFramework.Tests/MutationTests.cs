using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using InspectFramework.Tests.Cli;
using InspectFramework.Text;

namespace InspectFramework.Tests;

/// <summary>
/// Error recovery under many small edits: the clean sample with one word or symbol deleted, doubled or
/// swapped with its neighbour, or cut short. Every variant must compile to diagnostics without an
/// exception or a hang. The edits are drawn from a fixed seed, so a failure always reproduces.
/// </summary>
public sealed class MutationTests
{
    private static readonly string Clean = File.ReadAllText(Path.Combine(CliRunner.Samples, "clean.inspect")).Replace("\r\n", "\n");

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 8).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Edited_frameworks_give_diagnostics_not_exceptions(int seed)
    {
        var pieces = Regex.Matches(Clean, "\"[^\"\\n]*\"|[A-Za-z_][A-Za-z0-9_]*|\\d+(?:\\.\\d+)*%?|\\S|\\s+").Select(m => m.Value).ToList();
        var random = new Random(seed);
        var failures = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            var text = Mutate(pieces, random, out var edit);
            try
            {
                CliRunner.WithHangGuard(() => FrameworkCompilation.Create(new SourceText("m.inspect", text)), $"Compiling after '{edit}'");
            }
            catch (AggregateException e)
            {
                failures.Add($"{edit}: {e.InnerException}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string Mutate(List<string> pieces, Random random, out string edit)
    {
        var copy = new List<string>(pieces);
        var words = Enumerable.Range(0, copy.Count).Where(i => !string.IsNullOrWhiteSpace(copy[i])).ToList();
        var at = words[random.Next(words.Count)];
        switch (random.Next(4))
        {
            case 0:
                edit = $"delete '{copy[at]}' at piece {at}";
                copy.RemoveAt(at);
                break;
            case 1:
                edit = $"double '{copy[at]}' at piece {at}";
                copy.Insert(at, copy[at] + " ");
                break;
            case 2:
                var next = words.FirstOrDefault(w => w > at, at);
                edit = $"swap '{copy[at]}' and '{copy[next]}' at piece {at}";
                (copy[at], copy[next]) = (copy[next], copy[at]);
                break;
            default:
                edit = $"cut after piece {at}";
                copy.RemoveRange(at, copy.Count - at);
                break;
        }

        return string.Concat(copy);
    }
}
