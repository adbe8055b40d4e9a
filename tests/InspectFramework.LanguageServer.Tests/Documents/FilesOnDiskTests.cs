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

    [Fact]
    public void A_workspace_confined_to_a_folder_reads_files_inside_it_only()
    {
        var root = Path.Combine(Path.GetTempPath(), $"confined-{Guid.NewGuid():N}");
        var served = Directory.CreateDirectory(Path.Combine(root, "served")).FullName;
        Directory.CreateDirectory(Path.Combine(served, "sub"));
        File.WriteAllText(Path.Combine(served, "sub", "inside.inspect"), Samples.ValidMinimal);
        File.WriteAllText(Path.Combine(root, "outside.inspect"), Samples.ValidMinimal);
        File.CreateSymbolicLink(Path.Combine(served, "link.inspect"), Path.Combine(root, "outside.inspect"));
        Directory.CreateSymbolicLink(Path.Combine(served, "linked"), root);
        try
        {
            var workspace = new Workspace([served], FrameworkCompilation.FromText, confinedTo: served);
            DocumentSnapshot? Read(string path) => workspace.GetDocument(new Uri(path).AbsoluteUri);

            Assert.NotNull(Read(Path.Combine(served, "sub", "inside.inspect")));
            Assert.Null(Read(Path.Combine(root, "outside.inspect")));
            Assert.Null(Read(Path.Combine(served, "link.inspect")));
            Assert.Null(Read(Path.Combine(served, "linked", "outside.inspect")));
            Assert.Null(Read(Path.Combine(served, "..", "outside.inspect")));
            Assert.NotNull(new Workspace([served], FrameworkCompilation.FromText).GetDocument(new Uri(Path.Combine(served, "link.inspect")).AbsoluteUri));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
