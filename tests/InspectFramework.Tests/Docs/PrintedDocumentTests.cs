using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using InspectFramework.Cli.Input;
using InspectFramework.Tests.Infrastructure;
using InspectFramework.Tooling.StandardsDocuments;

namespace InspectFramework.Tests.Docs;

/// <summary>
/// The public standards document printed to PDF by headless Chromium, as staff would print it, and
/// read back page by page with poppler's pdftotext: the cover, the running header and page numbers,
/// no heading left alone at the foot of a page, no page left half empty in the middle.
/// </summary>
public sealed class PrintedDocumentTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "inspect-print-" + Guid.NewGuid().ToString("N"));

    public PrintedDocumentTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private const string Organisation = "HM Inspectorate of Probation";

    private string[] PrintedPages(out string html)
    {
        var model = FrameworkSource.Compile(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect")).Model!;
        html = StandardsDocument.Render(model, DocumentFormat.Html, new DocumentOptions(DocumentAudience.Public, new Branding(Organisation, null, "#0b6e4f")));
        var page = Path.Combine(_directory, "youth.html");
        var pdf = Path.Combine(_directory, "youth.pdf");
        File.WriteAllText(page, html);
        Chromium.Run(_directory, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, new Uri(page).AbsoluteUri);
        Assert.True(File.Exists(pdf), "Chromium wrote no PDF.");

        // pdftotext ends every page with a form feed.
        var text = Poppler.Run("pdftotext", "-layout", pdf, "-");
        return text.Split('\f').SkipLast(1).ToArray();
    }

    private static string[] Lines(string page) => page.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", string.Empty);

    [PdfFact]
    public void The_public_document_prints_with_a_cover_page_numbers_and_no_heading_alone_at_the_foot_of_a_page()
    {
        var pages = PrintedPages(out var html);
        Assert.True(pages.Length > 10, $"Only {pages.Length} pages.");

        // The cover: organisation, title, version and effective date, and no page furniture.
        var cover = Lines(pages[0]);
        Assert.Contains(Organisation, cover);
        Assert.Contains("Inspection of youth offending services (revised wording)", string.Join(" ", cover), StringComparison.Ordinal);
        Assert.Contains(cover, l => Regex.IsMatch(l, @"^Version\s+2019\.1$"));
        Assert.Contains(cover, l => Regex.IsMatch(l, @"^Effective from\s+1 June 2019$"));
        Assert.DoesNotContain(cover, l => l.StartsWith("Page ", StringComparison.Ordinal));

        // Every other page: the running header first, "Page n of N" last.
        for (var i = 1; i < pages.Length; i++)
        {
            var lines = Lines(pages[i]);
            Assert.True(lines[0].StartsWith("Inspection of youth offending services (revised wording)", StringComparison.Ordinal) && lines[0].EndsWith(Organisation, StringComparison.Ordinal), $"page {i + 1} starts '{lines[0]}'");
            Assert.Equal($"Page {i + 1} of {pages.Length}", lines[^1]);
        }

        // No page's text ends with a heading: headings stay with what follows them.
        var headings = Regex.Matches(html, "<h[1-4][^>]*>(.*?)</h[1-4]>")
            .Select(m => Squeeze(WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", " "))))
            .Distinct()
            .ToList();
        Assert.True(headings.Count > 50);
        for (var i = 1; i < pages.Length - 1; i++)
        {
            var lines = Lines(pages[i]);
            var body = Squeeze(string.Concat(lines.Skip(1).SkipLast(1)));
            var orphan = headings.FirstOrDefault(h => body.EndsWith(h, StringComparison.Ordinal));
            Assert.True(orphan is null, $"page {i + 1} ends with the heading '{orphan}'");
        }

        // No half-empty page between the cover and the last page.
        var full = pages.Skip(1).Max(p => Lines(p).Length);
        for (var i = 1; i < pages.Length - 1; i++)
        {
            Assert.True(Lines(pages[i]).Length >= full / 2, $"page {i + 1} has {Lines(pages[i]).Length} lines of at most {full}");
        }
    }

    [PdfFact]
    public void The_printed_public_document_names_no_internal_names_and_no_content_hash()
    {
        var text = string.Join("\n", PrintedPages(out _));
        Assert.DoesNotContain("sha256", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hmip_youth_2019", text, StringComparison.Ordinal);
        Assert.DoesNotContain("court_disposals", text, StringComparison.Ordinal);
    }
}
