using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using InspectFramework.Cli;

namespace InspectFramework.LanguageServer.Tests.Infrastructure;

/// <summary>
/// <c>inspect check --format json</c> on a file, run in-process: what the server must agree with.
/// Both sides are written in one form, one string per diagnostic or fix, positions one-based as the
/// JSON has them.
/// </summary>
internal static class InspectCheck
{
    /// <summary>"code severity range message", then " | related: message @ range" for each related place.</summary>
    public static List<string> Diagnostics(string path) =>
        Check(path).GetProperty("diagnostics").EnumerateArray().Select(d =>
            $"{d.GetProperty("code").GetString()} {d.GetProperty("severity").GetString()} {JsonRange(d)} {d.GetProperty("message").GetString()}"
            + string.Concat(d.GetProperty("relatedLocations").EnumerateArray().Select(r => $" | related: {r.GetProperty("message").GetString()} @ {JsonRange(r)}"))).ToList();

    /// <summary>"code range: title (preferred): range 'new text', ..." for each fix of each diagnostic.</summary>
    public static List<string> Fixes(string path) =>
        Check(path).GetProperty("diagnostics").EnumerateArray().SelectMany(d => d.GetProperty("fixes").EnumerateArray().Select(f =>
            $"{d.GetProperty("code").GetString()} {JsonRange(d)}: {f.GetProperty("title").GetString()}{(f.GetProperty("isPreferred").GetBoolean() ? " (preferred)" : string.Empty)}: "
            + string.Join(", ", f.GetProperty("changes").EnumerateArray().Select(c => $"{JsonRange(c)} '{c.GetProperty("newText").GetString()}'")))).ToList();

    /// <summary>A publishDiagnostics notification's diagnostics in the form of <see cref="Diagnostics"/>.</summary>
    public static List<string> Published(JsonElement notification) =>
        notification.GetProperty("params").GetProperty("diagnostics").EnumerateArray().Select(d =>
        {
            var severity = d.GetProperty("severity").GetInt32() switch { 1 => "error", 2 => "warning", var other => other.ToString(CultureInfo.InvariantCulture) };
            var related = d.TryGetProperty("relatedInformation", out var r)
                ? string.Concat(r.EnumerateArray().Select(i => $" | related: {i.GetProperty("message").GetString()} @ {LspRange(i.GetProperty("location").GetProperty("range"))}"))
                : string.Empty;
            return $"{d.GetProperty("code").GetString()} {severity} {LspRange(d.GetProperty("range"))} {d.GetProperty("message").GetString()}{related}";
        }).ToList();

    /// <summary>A codeAction response's actions in the form of <see cref="Fixes"/>.</summary>
    public static List<string> Actions(JsonElement response, string uri) =>
        response.GetProperty("result").EnumerateArray().Select(a =>
        {
            var diagnostic = Assert.Single(a.GetProperty("diagnostics").EnumerateArray());
            Assert.Equal("quickfix", a.GetProperty("kind").GetString());
            var preferred = a.TryGetProperty("isPreferred", out var p) && p.GetBoolean();
            var edits = a.GetProperty("edit").GetProperty("changes").GetProperty(uri).EnumerateArray();
            return $"{diagnostic.GetProperty("code").GetString()} {LspRange(diagnostic.GetProperty("range"))}: {a.GetProperty("title").GetString()}{(preferred ? " (preferred)" : string.Empty)}: "
                + string.Join(", ", edits.Select(e => $"{LspRange(e.GetProperty("range"))} '{e.GetProperty("newText").GetString()}'"));
        }).ToList();

    private static JsonElement Check(string path)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        InspectApp.Run(["check", path, "--format", "json"], stdout, stderr);
        Assert.Equal(string.Empty, stderr.ToString());
        using var json = JsonDocument.Parse(stdout.ToString());
        return json.RootElement.Clone();
    }

    private static string JsonRange(JsonElement e) =>
        $"{e.GetProperty("startLine").GetInt32()}:{e.GetProperty("startColumn").GetInt32()}-{e.GetProperty("endLine").GetInt32()}:{e.GetProperty("endColumn").GetInt32()}";

    private static string LspRange(JsonElement range)
    {
        var start = range.GetProperty("start");
        var end = range.GetProperty("end");
        return $"{start.GetProperty("line").GetInt32() + 1}:{start.GetProperty("character").GetInt32() + 1}-{end.GetProperty("line").GetInt32() + 1}:{end.GetProperty("character").GetInt32() + 1}";
    }
}
