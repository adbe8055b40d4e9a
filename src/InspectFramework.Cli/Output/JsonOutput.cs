using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using InspectFramework.Compiler.Diagnostics;

namespace InspectFramework.Cli.Output;

/// <summary>Shared settings of the JSON and SARIF writers: indented, properties in the order written,
/// numbers in invariant form (Utf8JsonWriter never uses the current culture).</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Messages quote names ('harm'); the default encoder would write \u0027. These documents go to
        // files and tools, never into HTML, so readable text is safe.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    public static string SeverityName(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Error ? "error" : "warning";
}
