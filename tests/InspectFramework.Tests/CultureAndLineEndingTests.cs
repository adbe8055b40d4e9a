using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using InspectFramework.Tests.Cli;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests;

/// <summary>
/// Everything the CLI generates and reports is byte-identical whatever the machine's culture (the
/// invariant one, Turkish with its dotted capitals, German with decimal commas, Arabic with its own
/// calendar) and whether the input files end their lines with LF or CRLF: the generated C#, the
/// formatted framework, the standards document, the diff, the schema, and the score reports of a
/// scored and a refused inspection, in every format.
/// </summary>
[Collection(ProcessWideCulture.Name)]
public sealed class CultureAndLineEndingTests
{
    private static readonly Lazy<SortedDictionary<string, string>> Reference = new(() => Outputs(CultureInfo.InvariantCulture, crlf: false));

    public static IEnumerable<object[]> Settings() => new[]
    {
        new object[] { "", true },
        new object[] { "tr-TR", false },
        new object[] { "de-DE", false },
        new object[] { "ar-SA", false },
        new object[] { "tr-TR", true },
        new object[] { "ar-SA", true },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void Generation_and_reports_are_byte_identical(string culture, bool crlf)
    {
        var outputs = Outputs(CultureInfo.GetCultureInfo(culture), crlf);

        Assert.Equal(Reference.Value.Keys, outputs.Keys);
        foreach (var (name, expected) in Reference.Value)
        {
            Assert.True(expected == outputs[name], $"{name} differs under '{culture}'{(crlf ? " with CRLF input" : string.Empty)}:\n{Snapshot.Diff(expected, outputs[name])}");
        }
    }

    [Fact]
    public void The_cultures_really_differ_here()
    {
        // Guards the test above: with invariant globalization every culture would format alike.
        Assert.Equal("64,5", 64.5m.ToString(CultureInfo.GetCultureInfo("de-DE")));
        Assert.NotEqual("I", "i".ToUpper(CultureInfo.GetCultureInfo("tr-TR")));
        Assert.NotEqual(2020, CultureInfo.GetCultureInfo("ar-SA").Calendar.GetYear(new DateTime(2020, 5, 1)));

        // And the outputs compared are the real thing: files generated, inspections scored and refused.
        Assert.Equal(5, Reference.Value.Keys.Count(k => k.StartsWith("generated/", StringComparison.Ordinal)));
        Assert.StartsWith("exit 0\n", Reference.Value["score.luton.text"], StringComparison.Ordinal);
        Assert.StartsWith("exit 1\n", Reference.Value["score.refused.text"], StringComparison.Ordinal);
        Assert.Contains("66.7%", Reference.Value["score.decimals.text"], StringComparison.Ordinal);
    }

    /// <summary>Each command's output (standard output, or the files it writes), by a name for it.</summary>
    private static SortedDictionary<string, string> Outputs(CultureInfo culture, bool crlf)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
        try
        {
            using var temp = new TempFolder();
            string Copy(string from, string name)
            {
                var text = File.ReadAllText(from).Replace("\r\n", "\n", StringComparison.Ordinal);
                return temp.Write(name, crlf ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text);
            }

            Copy(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2018.inspect"), "y2018.inspect");
            Copy(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect"), "y2019.inspect");
            Copy(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect"), "fmt.inspect");
            var samples = Path.Combine(RepositoryPaths.Root, "samples");
            Copy(Path.Combine(samples, "luton-2020.json"), "luton.json");
            Copy(Path.Combine(samples, "sefton-2019.json"), "sefton.json");
            Copy(Path.Combine(samples, "sefton-2019-cases.csv"), "sefton-2019-cases.csv");

            // A refused inspection: one case recorded twice and an answer the item does not take.
            var refused = File.ReadAllText(Path.Combine(temp.Path, "luton.json"))
                .Replace("\"LUT-O15\"", "\"LUT-O14\"", StringComparison.Ordinal)
                .Replace("\"out_of_court_disposals.assessment.desistance.strengths\": \"yes\"", "\"out_of_court_disposals.assessment.desistance.strengths\": \"maybe\"", StringComparison.Ordinal);
            temp.Write("refused.json", refused);

            // Percentages with a decimal (2 of 3 cases: 66.7%), which a culture would write 66,7.
            var tiny = new Scoring.TinyInspection(decimals: 1);
            tiny.Desistance(yes: 2, count: 3);
            var tinyData = tiny.WriteFile();
            Copy(tinyData, "tiny.json");
            File.Delete(tinyData);
            temp.Write("tiny.inspect", crlf ? tiny.Text.Replace("\n", "\r\n", StringComparison.Ordinal) : tiny.Text);

            var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
            void Run(string name, params string[] args)
            {
                var result = CliRunner.Run(temp.Path, args);
                outputs[name] = $"exit {result.ExitCode}\n{result.Stdout}--- stderr\n{result.Stderr}";
            }

            Run("generate", "generate", "y2019.inspect", "--out", "generated");
            foreach (var file in Directory.GetFiles(Path.Combine(temp.Path, "generated")))
            {
                outputs["generated/" + Path.GetFileName(file)] = File.ReadAllText(file);
            }

            // Only the file: what fmt says differs by design (CRLF input is reformatted, LF is not).
            CliRunner.Run(temp.Path, "fmt", "fmt.inspect");
            outputs["fmt.inspect"] = File.ReadAllText(Path.Combine(temp.Path, "fmt.inspect"));
            Run("schema", "schema", "y2019.inspect");
            foreach (var format in new[] { "markdown", "html" })
            {
                Run("docs." + format, "docs", "y2019.inspect", "--format", format);
            }

            foreach (var format in new[] { "text", "markdown", "json" })
            {
                Run("diff." + format, "diff", "y2018.inspect", "y2019.inspect", "--format", format);
            }

            foreach (var format in new[] { "text", "markdown", "json", "html" })
            {
                Run("score.luton." + format, "score", "y2019.inspect", "luton.json", "--format", format);
                Run("score.sefton." + format, "score", "y2018.inspect", "sefton.json", "--format", format);
                Run("score.decimals." + format, "score", "tiny.inspect", "tiny.json", "--format", format);
            }

            Run("score.refused.text", "score", "y2019.inspect", "refused.json");
            Run("score.refused.json", "score", "y2019.inspect", "refused.json", "--format", "json");
            return outputs;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = previous;
        }
    }
}
