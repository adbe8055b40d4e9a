using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.EditorFeatures.Navigation;
using InspectFramework.EditorFeatures.Tests.Infrastructure;

namespace InspectFramework.EditorFeatures.Tests;

public class WorkspaceSymbolTests
{
    [Fact]
    public void Names_labels_and_numbers_are_searched_across_files()
    {
        var demo = MarkedText.Parse(Demo.Text).Compile();
        var youth = BundledFrameworks.Get("hmip-youth-2019.inspect");

        // grep -n -i victim frameworks/hmip-youth-2019.inspect, leaving out comments and provenance
        // notes: the fact on line 163 and the eight prompts named 'victims'.
        var found = WorkspaceSymbolService.Find(new[] { demo, youth }, "VICTIM");
        Assert.Equal(
            "test.inspect victim Fact demo; test.inspect victims Prompt demo / key question 1.1.1",
            string.Join("; ", found.Where(s => s.Location.Path == "test.inspect").Select(s => $"{s.Location.Path} {s.Name} {s.Kind} {s.Container}")));
        Assert.Equal(
            new[] { 152, 307, 383, 438, 522, 635, 701, 743, 806 },
            found.Where(s => s.Location.Path != "test.inspect").Select(s => youth.Source.GetLinePosition(s.Location.Span.Start).Line + 1));

        // A name alone (no label or wording has it).
        Assert.Equal(new[] { "harm_factors" }, WorkspaceSymbolService.Find(new[] { youth }, "harm_fac").Select(s => s.Name));

        // A published number finds the item and the prompts numbered under it.
        var byNumber = WorkspaceSymbolService.Find(new[] { youth }, "2.1.3");
        Assert.Equal((DeclaredSymbolKind.KeyQuestion, "hmip_youth_2019 / standard 2.1"), (byNumber[0].Kind, byNumber[0].Container));
        Assert.All(byNumber.Skip(1), s => Assert.Equal((DeclaredSymbolKind.Prompt, "hmip_youth_2019 / key question 2.1.3"), (s.Kind, s.Container)));
    }
}
