using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using InspectFramework.Checking;
using InspectFramework.Diagnostics;
using InspectFramework.Lowering;
using InspectFramework.Model;
using InspectFramework.Parsing;
using InspectFramework.Semantics;
using InspectFramework.Syntax;
using InspectFramework.Text;

namespace InspectFramework;

/// <summary>
/// Runs the phases over one framework file: parse, bind, check. Each host (CLI, source generator,
/// tests) goes through this façade; later phases (lowering, emit) refuse to run when it has errors.
/// </summary>
public sealed class FrameworkCompilation
{
    /// <summary>Framework files are tens of kilobytes; anything this large is a mistake, refused quickly.</summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    public const string FileExtension = ".inspect";

    private FrameworkCompilation(SourceText source, CompilationUnitSyntax syntax, FrameworkSymbol? framework, ImmutableArray<Diagnostic> diagnostics)
    {
        Source = source;
        Syntax = syntax;
        Framework = framework;
        Diagnostics = diagnostics;
    }

    public SourceText Source { get; }

    public CompilationUnitSyntax Syntax { get; }

    /// <summary>The bound framework; null only when the file could not be read or parsed at all.</summary>
    public FrameworkSymbol? Framework { get; }

    /// <summary>All diagnostics of every phase, sorted by position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    private FrameworkModel? _model;

    /// <summary>The lowered model shared by every back end; null when there are errors, so nothing
    /// is generated, scored or rendered from a broken framework.</summary>
    public FrameworkModel? Model => HasErrors || Framework is null ? null : _model ??= FrameworkLowering.Lower(Framework);

    public static FrameworkCompilation Create(SourceText source)
    {
        var diagnostics = new DiagnosticBag(source);
        var syntax = FrameworkParser.Parse(source, diagnostics);
        var framework = Binder.Bind(syntax, diagnostics);
        if (framework is not null)
        {
            FrameworkChecker.Check(framework, diagnostics);
        }

        return new FrameworkCompilation(source, syntax, framework, diagnostics.ToSortedArray());
    }

    /// <summary>Reads a file as UTF-8 (a byte-order mark is allowed) and compiles it; unreadable,
    /// oversized or non-UTF-8 files give a diagnostic instead of an exception.</summary>
    public static FrameworkCompilation FromFile(string path)
    {
        var displayPath = path;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                return Failed(displayPath, bag => bag.Report.FileTooLarge(default, info.Length, MaxFileBytes));
            }

            var bytes = File.ReadAllBytes(path);
            return FromBytes(displayPath, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Failed(displayPath, bag => bag.Report.FileUnreadable(default, e.Message.TrimEnd('.')));
        }
    }

    public static FrameworkCompilation FromBytes(string path, byte[] bytes)
    {
        if (bytes.LongLength > MaxFileBytes)
        {
            return Failed(path, bag => bag.Report.FileTooLarge(default, bytes.LongLength, MaxFileBytes));
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            return Failed(path, bag => bag.Report.NotUtf8(default));
        }

        if (text.IndexOf('\0') >= 0)
        {
            return Failed(path, bag => bag.Report.NotUtf8(default));
        }

        return Create(new SourceText(path, text));
    }

    private static FrameworkCompilation Failed(string path, Action<DiagnosticBag> report)
    {
        var source = new SourceText(path, string.Empty);
        var bag = new DiagnosticBag(source);
        report(bag);
        return new FrameworkCompilation(source, new CompilationUnitSyntax(ImmutableArray<DeclarationSyntax>.Empty, default), null, bag.ToSortedArray());
    }
}
