using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using InspectFramework.Cli;

namespace InspectFramework.LanguageServer.Tests.Infrastructure;

/// <summary><c>inspect check --format json</c> on a file, run in-process: the diagnostics the server must agree with.</summary>
internal static class InspectCheck
{
    /// <summary>Each diagnostic as "code severity startLine:startColumn-endLine:endColumn message" (one-based, as the JSON has them).</summary>
    public static List<string> Diagnostics(string path)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        InspectApp.Run(["check", path, "--format", "json"], stdout, stderr);
        Assert.Equal(string.Empty, stderr.ToString());
        using var json = JsonDocument.Parse(stdout.ToString());
        return json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d =>
            $"{d.GetProperty("code").GetString()} {d.GetProperty("severity").GetString()} " +
            $"{d.GetProperty("startLine").GetInt32()}:{d.GetProperty("startColumn").GetInt32()}-{d.GetProperty("endLine").GetInt32()}:{d.GetProperty("endColumn").GetInt32()} " +
            d.GetProperty("message").GetString()).ToList();
    }

    /// <summary>A publishDiagnostics notification's diagnostics in the same form, positions made one-based.</summary>
    public static List<string> Published(JsonElement notification) =>
        notification.GetProperty("params").GetProperty("diagnostics").EnumerateArray().Select(d =>
        {
            var range = d.GetProperty("range");
            var start = range.GetProperty("start");
            var end = range.GetProperty("end");
            var severity = d.GetProperty("severity").GetInt32() switch { 1 => "error", 2 => "warning", var other => other.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            return $"{d.GetProperty("code").GetString()} {severity} " +
                $"{start.GetProperty("line").GetInt32() + 1}:{start.GetProperty("character").GetInt32() + 1}-{end.GetProperty("line").GetInt32() + 1}:{end.GetProperty("character").GetInt32() + 1} " +
                d.GetProperty("message").GetString();
        }).ToList();
}
