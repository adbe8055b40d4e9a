using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace InspectFramework.Tests.Scoring;

/// <summary>
/// Every sample (samples/*.json) and every JSON data fixture (Scoring/DataFixtures) checked against
/// the output of <c>inspect schema</c> for the framework it is stamped with, by an independent
/// validator (JsonSchema.Net), and by <c>inspect score</c>'s reader: the schema editors use and the
/// reader must agree. Fixtures that are invalid on purpose are listed below with the place the
/// validator must fail them at; a fixture in neither list fails the test, so none is skipped silently.
/// </summary>
public sealed class DataSchemaValidationTests
{
    private static readonly string Fixtures = Path.Combine(RepositoryPaths.Tests, "Scoring", "DataFixtures");

    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new();

    /// <summary>Invalid on purpose: the file and the instance location the schema must fail it at.</summary>
    private static readonly Dictionary<string, string> Invalid = new()
    {
        ["invalid-unknown-property.json"] = "/inspector",
        ["invalid-ratings-with-cases.json"] = "/cases",
        ["invalid-rating-level.json"] = "/ratings/0/rating",
        ["invalid-schema-not-a-string.json"] = "/$schema",
    };

    public static TheoryData<string> Files() => new(AllFiles());

    private static List<string> AllFiles() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples"), "*.json").Concat(Directory.GetFiles(Fixtures, "*.json"))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file)).Order(System.StringComparer.Ordinal).ToList();

    [Fact]
    public void The_files_include_the_samples_and_every_invalid_fixture()
    {
        var files = AllFiles().Select(Path.GetFileName).ToList();
        Assert.Contains("luton-2020.json", files);
        Assert.Contains("luton-2020-ratings.json", files);
        Assert.Contains("luton-2020-ratings-with-schema.json", files);
        Assert.All(Invalid.Keys, name => Assert.Contains(name, files));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_data_file_is_valid_against_inspect_schema_exactly_when_it_is_not_listed_invalid(string file)
    {
        var path = Path.Combine(RepositoryPaths.Root, file);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var framework = FrameworkFile(document.RootElement);

        var results = SchemaOf(framework).Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var scored = Scoring.File(Scoring.Bundled(framework), path).Result;

        var failedAt = (results.Details ?? new List<EvaluationResults>()).Where(d => !d.IsValid && d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation.ToString()).ToList();
        if (Invalid.TryGetValue(Path.GetFileName(file), out var expectedAt))
        {
            Assert.False(results.IsValid, $"{file} is listed as invalid but the schema accepts it");
            Assert.Contains(expectedAt, failedAt);
            Assert.False(scored.IsScored, $"{file} is refused by the schema but inspect score accepts it");
        }
        else
        {
            Assert.True(results.IsValid, $"{file}: {string.Join("; ", (results.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}"))}");
            Assert.True(scored.IsScored, Scoring.Problems(scored));
        }
    }

    private static string FrameworkFile(JsonElement root) =>
        root.GetProperty("inspection").GetProperty("framework").GetProperty("name").GetString() switch
        {
            "hmip_youth_2019" => "hmip-youth-2019.inspect",
            "hmip_youth_2018" => "hmip-youth-2018.inspect",
            var other => "hmip-core-case-2009.inspect",
        };

    // The schema as `inspect schema` writes it, run as a user runs it.
    private static JsonSchema SchemaOf(string framework) => Schemas.GetOrAdd(framework, f =>
    {
        var (exit, stdout, stderr) = ScoreCommandTests.Run("schema", Path.Combine(RepositoryPaths.Frameworks, f));
        Assert.True(exit == 0, stderr);
        return JsonSchema.FromText(stdout);
    });
}
