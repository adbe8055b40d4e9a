using System;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.Json;
using InspectFramework.Compiler;
using InspectFramework.LanguageServer.Diagnostics;
using InspectFramework.LanguageServer.Documents;
using InspectFramework.LanguageServer.Protocol;
using InspectFramework.LanguageServer.Tests.Infrastructure;

namespace InspectFramework.LanguageServer.Tests.Documents;

public sealed class FilesOnDiskTests
{
    [Fact]
    public void A_file_on_disk_that_is_not_UTF8_is_reported_as_inspect_check_reports_it()
    {
        // The minimal framework saved as Latin-1, with an 'é' in its first comment.
        var path = Path.Combine(Path.GetTempPath(), $"latin1-{Guid.NewGuid():N}.inspect");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("// Révisé\n" + Samples.ValidMinimal));
        try
        {
            var document = new Workspace(ImmutableArray<string>.Empty, FrameworkCompilation.FromText).GetDocument(new Uri(path).AbsoluteUri);

            Assert.NotNull(document);
            Assert.Null(document.Version);
            var published = JsonSerializer.SerializeToElement(
                new PublishDiagnosticsParams(document.Uri, null, DiagnosticConverter.Convert(document)), LspJsonContext.Default.PublishDiagnosticsParams);
            var shown = InspectCheck.Published(JsonSerializer.SerializeToElement(new { @params = published }));
            Assert.StartsWith("IF0007 error 1:5-1:6 ", Assert.Single(shown), StringComparison.Ordinal);
            Assert.Equal(InspectCheck.Diagnostics(path), shown);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
