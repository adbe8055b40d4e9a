using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InspectFramework.Fuzzing;

/// <summary>
/// What no output may carry, whatever the framework or the data holds (the injection classes of the
/// safety issue), each checked independently of the tool's own escapers: a text line holds no
/// control character, separator or bidirectional control; no CSV cell reads as a spreadsheet formula;
/// Markdown, parsed by Markdig as GitHub renders it, has no HTML, link or image but the tool's own;
/// HTML, parsed by AngleSharp as a browser parses it, has only the elements, attributes, links and
/// styles the tool's templates write. Each method lists what it found (empty: nothing).
/// </summary>
public static class OutputOracle
{
    private static readonly MarkdownPipeline Renderer = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    // The raw HTML the Markdown templates write: line breaks, footnote-sized provenance, anchors.
    private static readonly Regex TemplateTag = new(@"^(<br>|<sub>|</sub>|<a id=""[A-Za-z0-9_.-]*"">|</a>)$", RegexOptions.CultureInvariant);

    private static readonly Regex Tag = new(@"</?[A-Za-z][^>]*>", RegexOptions.CultureInvariant);

    // What the HTML templates write (Reports/HtmlReport, Reports/AnalysisHtmlReport,
    // StandardsDocuments/HtmlDocument), and nothing more: no script, image, form, frame or link
    // element, no event handler, no URL but an anchor of the same page, styles only as property:value
    // lists of numbers and colours (no url(), no quotes).
    private static readonly HashSet<string> TemplateElements = new(System.StringComparer.Ordinal)
    {
        "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "nav", "section", "article", "h1", "h2", "h3", "h4",
        "p", "span", "div", "strong", "em", "code", "sup", "br", "a", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
        "table", "thead", "tbody", "tr", "th", "td", "summary",
    };

    private static readonly HashSet<string> TemplateAttributes = new(System.StringComparer.Ordinal)
    {
        "class", "id", "href", "lang", "charset", "name", "content", "colspan", "style", "role", "aria-label",
    };

    private static readonly Regex TemplateStyle = new(@"^(?:[a-z-]+:[-#0-9A-Za-z.%]+;?)+$", RegexOptions.CultureInvariant);

    private static readonly HtmlParser Html = new();

    /// <summary>Text for a terminal or a CI log: only '\n' may break a line, and nothing may be invisible
    /// or drive the terminal (ESC, CSI, OSC 8 links, C1 controls, U+2028/9, bidi controls).</summary>
    public static IReadOnlyList<string> TextProblems(string text)
    {
        var problems = new List<string>();
        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var bad = lines[l].FirstOrDefault(c => c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F' || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
            if (bad != '\0' || lines[l].Contains('\0', System.StringComparison.Ordinal))
            {
                problems.Add(string.Format(CultureInfo.InvariantCulture, "line {0} holds the character U+{1:X4}", l + 1, (int)bad));
            }
        }

        return problems;
    }

    /// <summary>A CSV (RFC 4180): no cell starts with '=', '+', '-', '@', a tab or a carriage return
    /// unless it is a number.</summary>
    public static IReadOnlyList<string> CsvProblems(string csv)
    {
        var problems = new List<string>();
        foreach (var cell in CsvCells(csv))
        {
            if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
                && !(cell.All(c => c is (>= '0' and <= '9') or '+' or '-' or '.' or 'e' or 'E') && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
            {
                problems.Add("a cell reads as a formula: " + Short(cell));
            }
        }

        return problems;
    }

    /// <summary>Markdown: every link goes to an anchor of the same document, no image, and raw HTML
    /// only as the templates write it.</summary>
    public static IReadOnlyList<string> MarkdownProblems(string markdown)
    {
        var problems = new List<string>();
        var document = Markdown.Parse(markdown, Renderer);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { IsImage: true } image:
                    problems.Add("an image: " + Short(image.Url ?? string.Empty));
                    break;
                case LinkInline link when link.Url is null || !link.Url.StartsWith('#'):
                    problems.Add("a link out of the document: " + Short(link.Url ?? string.Empty));
                    break;
                case AutolinkInline autolink:
                    problems.Add("an autolink: " + Short(autolink.Url));
                    break;
                case HtmlInline html when !TemplateTag.IsMatch(html.Tag):
                    problems.Add("raw HTML: " + Short(html.Tag));
                    break;
                case HtmlBlock block:
                    var tags = Tag.Matches(block.Lines.ToString()).Select(m => m.Value).Where(t => !TemplateTag.IsMatch(t)).ToList();
                    if (tags.Count > 0 || !block.Lines.ToString().TrimStart().StartsWith('<'))
                    {
                        problems.Add("an HTML block: " + Short(block.Lines.ToString()));
                    }

                    break;
            }
        }

        return problems;
    }

    /// <summary>HTML: every element and attribute one the templates write, every link an anchor of the
    /// page, one style sheet, and meta elements only the templates' (character set, viewport,
    /// generator, framework; never http-equiv).</summary>
    public static IReadOnlyList<string> HtmlProblems(string html)
    {
        var problems = new List<string>();
        var document = Html.ParseDocument(html);
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (!TemplateElements.Contains(name))
            {
                problems.Add("an element the templates do not write: <" + Short(name) + ">");
            }

            foreach (var attribute in element.Attributes)
            {
                var value = attribute.Value;
                if (!TemplateAttributes.Contains(attribute.Name))
                {
                    problems.Add($"an attribute the templates do not write: {Short(attribute.Name)} on <{name}>");
                }
                else if (attribute.Name == "href" && !value.StartsWith('#'))
                {
                    problems.Add("a link out of the page: " + Short(value));
                }
                else if (attribute.Name == "style" && !TemplateStyle.IsMatch(value))
                {
                    problems.Add("a style the templates do not write: " + Short(value));
                }
                else if (attribute.Name is "charset" or "name" or "content" && name != "meta")
                {
                    problems.Add($"{attribute.Name} on <{name}>");
                }
            }
        }

        if (document.QuerySelectorAll("style").Length > 1)
        {
            problems.Add("more than one style sheet");
        }

        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            if (!(meta.Attributes.Length == 1 && meta.HasAttribute("charset")) && !(meta.GetAttribute("name") is "viewport" or "generator" or "framework" && meta.HasAttribute("content") && meta.Attributes.Length == 2))
            {
                problems.Add("a meta element the templates do not write: " + Short(meta.OuterHtml));
            }
        }

        return problems;
    }

    /// <summary>Turns what was found in one output into findings (the first few).</summary>
    internal static void Require(Findings findings, string output, IReadOnlyList<string> problems)
    {
        foreach (var problem in problems.Take(3))
        {
            findings.Fail($"{output} is safe to show: {problem}");
        }
    }

    private static IEnumerable<string> CsvCells(string csv)
    {
        var cell = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = wasQuoted = true;
            }
            else if (c is ',' or '\n')
            {
                yield return cell.ToString();
                cell.Clear();
                wasQuoted = false;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || wasQuoted)
        {
            yield return cell.ToString();
        }
    }

    private static string Short(string text) => text.Length > 80 ? text.Substring(0, 77) + "..." : text;
}
