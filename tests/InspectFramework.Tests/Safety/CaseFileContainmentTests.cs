using System;
using System.IO;
using System.Linq;
using InspectFramework.Cli;
using InspectFramework.Compiler.Text;
using InspectFramework.Tests.Cli;
using InspectFramework.Tests.Infrastructure;
using InspectFramework.Tests.Scoring;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Safety;

/// <summary>
/// The CSV files an inspection file names in <c>case_files</c> are read from its folder (and the
/// folders in it) only, by real path, unless the caller allows more: data cannot make the tool read,
/// and quote back, any file on the machine.
/// </summary>
public sealed class CaseFileContainmentTests : IDisposable
{
    private const string Cases = "id,case_type\nA,other\n";

    private readonly TinyInspection _tiny = new();
    private readonly TempFolder _folder = new();

    public CaseFileContainmentTests()
    {
        _folder.Write("data/sub/cases.csv", Cases);
        _folder.Write("outside.csv", Cases);
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "data", "link-out.csv"), "../outside.csv");
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "data", "link-in.csv"), "sub/cases.csv");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "data", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "data-link"), "data");
    }

    public void Dispose() => _folder.Dispose();

    private string Inspection(string entry) => $$"""
        {
          "format": "inspect-inspection-data/1",
          "inspection": { "service": "Test service", {{_tiny.Stamp}} },
          "judgements": [ { "standard": "organisation.leadership", "rating": "good" } ],
          "case_files": [ "{{entry}}" ]
        }
        """;

    private InspectionResult Score(string entry, bool allow = false, string folder = "data")
    {
        _folder.Write("data/inspection.json", Inspection(entry));
        var session = new InspectionSession(_tiny.Plan);
        InspectionReader.Read(Path.Combine(_folder.Path, folder, "inspection.json"), session, display: "inspection.json", options: new InspectionReadOptions { AllowCaseFilesOutside = allow });
        return session.Complete();
    }

    [Theory]
    [InlineData("sub/cases.csv")]
    [InlineData("./sub/../sub/cases.csv")]
    [InlineData("link-in.csv")]
    public void A_case_file_in_the_folder_is_read(string entry)
    {
        var result = Score(entry);

        Assert.True(result.IsScored, Scoring.Scoring.Problems(result));
        Assert.Equal(1, result.CasesRead);
    }

    [Fact]
    public void The_folder_is_compared_by_real_path_when_the_data_is_reached_through_a_link()
    {
        var result = Score("link-in.csv", folder: "data-link");

        Assert.True(result.IsScored, Scoring.Scoring.Problems(result));
    }

    [Theory]
    [InlineData("/etc/passwd", "it is an absolute path")]
    [InlineData("../outside.csv", "'..' leads out of the folder")]
    [InlineData("sub/../../outside.csv", "'..' leads out of the folder")]
    [InlineData("link-out.csv", "a symbolic link leads out of the folder")]
    [InlineData("up/outside.csv", "a symbolic link leads out of the folder")]
    public void A_case_file_outside_the_folder_is_refused_naming_the_entry(string entry, string reason)
    {
        var result = Score(entry);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(CaseDataProblems.CaseFileOutsideCode, problem.Code);
        Assert.StartsWith($"The case file \"{entry}\" is outside the folder of the inspection file: {reason}.", problem.Message, StringComparison.Ordinal);
        Assert.Equal(Location.AtLine("inspection.json", 5, 19), problem.Location);
        Assert.Equal(0, result.CasesRead);
        Assert.False(result.IsScored);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_case_file_entry_with_a_nul_character_is_refused_not_an_internal_error(bool allow)
    {
        // Found by the fuzzer (seed 1515, input 620): the path functions threw on it.
        var result = Score("a\\u0000b.csv", allow);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("inspection.json(5,19): error IV0303: An entry of \"case_files\" holds a NUL character (\\u0000), which no file name can; correct the entry. See docs/case-data.md for the format.", problem.ToCanonicalString());
        Assert.False(result.IsScored);
    }

    [Theory]
    [InlineData("../outside.csv")]
    [InlineData("link-out.csv")]
    public void A_case_file_outside_is_read_when_the_caller_allows_it(string entry)
    {
        var result = Score(entry, allow: true);

        Assert.True(result.IsScored, Scoring.Scoring.Problems(result));
        Assert.Equal(1, result.CasesRead);
    }

    [Fact]
    public void A_file_that_is_not_case_data_is_never_quoted_even_when_allowed()
    {
        var secret = _folder.Write("secret.txt", "root:x:0:0:root:/root:/bin/bash\nsecond line\n");

        var result = Score(secret, allow: true);

        Assert.NotEmpty(result.Problems);
        Assert.All(result.Problems, p => Assert.DoesNotContain("root", p.Message, StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Message.StartsWith("The CSV header, read with fields separated by commas, has no \"id\" column", StringComparison.Ordinal));
    }

    [Fact]
    public void The_cli_refuses_a_case_file_outside_and_quotes_nothing_of_it()
    {
        _folder.Write("data/inspection.json", Inspection("/etc/passwd"));
        var framework = _folder.Write("tiny.inspect", _tiny.Text);

        var refused = CliRunner.Run(_folder.Path, "score", framework, "data/inspection.json");
        var allowed = CliRunner.Run(_folder.Path, "score", framework, "data/inspection.json", "--allow-case-files-outside");

        Assert.Equal(InspectApp.InputErrors, refused.ExitCode);
        Assert.Contains("data/inspection.json(5,19): error IV0307: The case file \"/etc/passwd\" is outside the folder of the inspection file: it is an absolute path.", refused.Stdout, StringComparison.Ordinal);
        Assert.Equal(InspectApp.InputErrors, allowed.ExitCode);
        Assert.Contains("error IV0303: The CSV header, read with fields separated by commas, has no \"id\" column", allowed.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("root", refused.Stdout + refused.Stderr + allowed.Stdout + allowed.Stderr, StringComparison.Ordinal);
    }
}
