using System.IO;
using System.Text;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Scoring;

/// <summary>
/// The sample inspections under samples/ are generated from the published figures
/// (<see cref="PublishedInspections"/>) by <see cref="FixtureGenerator"/>; these tests keep the
/// checked-in files equal to what the generator writes. After changing the generator, its input or
/// a bundled framework (whose content hash the files carry), regenerate them with
/// <c>scripts/accept --filter SampleFixtureTests</c> and review the diff.
/// </summary>
public sealed class SampleFixtureTests
{
    [Fact]
    public void Luton_2020_sample_is_the_generators_output() => Check(PublishedInspections.Luton, "luton-2020.json", null);

    [Fact]
    public void Sefton_2019_sample_is_the_generators_output() => Check(PublishedInspections.Sefton, "sefton-2019.json", "sefton-2019-cases.csv");

    private static void Check(PublishedInspection inspection, string jsonName, string? csvName)
    {
        var plan = Scoring.Bundled(inspection.FrameworkFile);
        var (json, csv) = FixtureGenerator.Write(inspection, plan, csvName);
        CompareOrAccept(Path.Combine(RepositoryPaths.Root, "samples", jsonName), json);
        if (csvName is not null)
        {
            CompareOrAccept(Path.Combine(RepositoryPaths.Root, "samples", csvName), csv!);
        }
    }

    private static void CompareOrAccept(string path, string generated)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : null;
        var received = Path.ChangeExtension(path, ".received" + Path.GetExtension(path));
        if (existing == generated)
        {
            File.Delete(received);
            return;
        }

        if (Snapshot.AcceptMode)
        {
            File.WriteAllText(path, generated, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, generated, new UTF8Encoding(false));
        throw new SnapshotMismatchException($"{path} is not what the fixture generator writes (see {received}). Regenerate with 'scripts/accept --filter SampleFixtureTests' and review the diff.\n{Snapshot.Diff(existing ?? string.Empty, generated)}");
    }
}
