using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using InspectFramework.Compiler.Configuration;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Tooling.Files;

/// <summary>A configuration file found for a framework, with the problems found in it.</summary>
/// <param name="Path">Its full path.</param>
/// <param name="Source">Its text, under the path diagnostics show.</param>
public sealed record FoundConfiguration(string Path, SourceText Source, InspectConfiguration Configuration, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The severities for the framework at <paramref name="frameworkPath"/> (a full path under
    /// this file's folder).</summary>
    public DiagnosticSeverities SeveritiesFor(string frameworkPath)
    {
        var folder = System.IO.Path.GetDirectoryName(Path) ?? string.Empty;
        var relative = System.IO.Path.GetRelativePath(folder, frameworkPath).Replace(System.IO.Path.DirectorySeparatorChar, '/');
        return Configuration.For(relative);
    }
}

/// <summary>
/// Finds the <see cref="InspectConfiguration.FileName"/> that applies to a framework: the nearest one
/// in its folder or a folder above it, as <c>bicepconfig.json</c> and <c>.editorconfig</c> are found.
/// The CLI, the language server and <c>inspect serve</c> share it; the source generator is handed the
/// files as additional files instead. Each file is read once per host, and again when it changes on
/// disk (an editor's server runs for hours).
/// </summary>
public sealed class ConfigurationFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string? _boundary;
    private readonly Func<string, string> _displayPath;
    private readonly ConcurrentDictionary<string, ((DateTime, long) Stamp, FoundConfiguration Found)> _read = new(StringComparer.Ordinal);

    /// <param name="boundary">The highest folder searched (a served folder: nothing above it is read);
    /// null to search up to the root.</param>
    /// <param name="displayPath">The path diagnostics show for a file, from its full path.</param>
    public ConfigurationFiles(string? boundary = null, Func<string, string>? displayPath = null)
    {
        _boundary = boundary is null ? null : RealPath.Of(boundary) ?? Path.GetFullPath(boundary);
        _displayPath = displayPath ?? (p => p);
    }

    /// <summary>The configuration for the framework at <paramref name="frameworkPath"/> (a full path, or
    /// a folder for text with no file, such as standard input); null when there is none.</summary>
    public FoundConfiguration? For(string frameworkPath, bool isFolder = false)
    {
        var folder = isFolder ? frameworkPath : Path.GetDirectoryName(frameworkPath);
        while (!string.IsNullOrEmpty(folder))
        {
            // By real path, as the served folder's files are: a symbolic link must not lead to a file outside it.
            if (_boundary is not null && !(RealPath.Of(folder) is { } real && (real == _boundary || RealPath.IsInside(real, _boundary))))
            {
                return null;
            }

            var candidate = Path.Combine(folder, InspectConfiguration.FileName);
            if (File.Exists(candidate))
            {
                return Read(candidate);
            }

            folder = Path.GetDirectoryName(folder);
        }

        return null;
    }

    /// <summary>The severities for the framework at <paramref name="frameworkPath"/>, and the configuration they come from.</summary>
    public DiagnosticSeverities SeveritiesFor(string frameworkPath) =>
        For(frameworkPath)?.SeveritiesFor(frameworkPath) ?? DiagnosticSeverities.Default;

    private FoundConfiguration Read(string path)
    {
        var info = new FileInfo(path);
        var stamp = info.Exists ? (info.LastWriteTimeUtc, info.Length) : (DateTime.MinValue, -1L);
        if (_read.TryGetValue(path, out var known) && known.Stamp == stamp)
        {
            return known.Found;
        }

        var found = Load(path);
        _read[path] = (stamp, found);
        return found;
    }

    private FoundConfiguration Load(string path)
    {
        var shown = _displayPath(path);
        byte[] bytes;
        try
        {
            bytes = BoundedRead.File(path, InspectConfiguration.MaxFileBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(path, shown, $"it could not be read ({e.Message.TrimEnd('.')})");
        }

        if (bytes.LongLength > InspectConfiguration.MaxFileBytes)
        {
            return Refused(path, shown, $"it is larger than {InspectConfiguration.MaxFileBytes / 1024} KB, which no configuration needs");
        }

        string text;
        try
        {
            var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            text = Utf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            return Refused(path, shown, "it is not UTF-8 text; save it as UTF-8");
        }

        var source = new SourceText(shown, text);
        var configuration = InspectConfiguration.Parse(source, out var diagnostics);
        return new FoundConfiguration(path, source, configuration, diagnostics);
    }

    private static FoundConfiguration Refused(string path, string shown, string reason) =>
        new(path, new SourceText(shown, string.Empty), InspectConfiguration.Empty, DiagnosticBag.AboutFile(shown, r => r.UnreadableConfiguration(reason)));
}
