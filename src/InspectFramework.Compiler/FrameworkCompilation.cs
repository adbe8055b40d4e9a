using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Checking;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Lowering;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Parsing;
using InspectFramework.Compiler.Syntax;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler;

/// <summary>
/// Runs the phases over one framework file: parse, bind, check. Each host (CLI, source generator,
/// tests) goes through this façade; later phases (lowering, emit) refuse to run when it has errors.
/// </summary>
public sealed class FrameworkCompilation
{
    /// <summary>Framework files are tens of kilobytes; anything this large is a mistake, refused quickly.</summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    public const string FileExtension = ".inspect";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Whether parsing reported nothing, so that the next version of the text may be parsed
    /// from this syntax (<see cref="IncrementalParser"/>).</summary>
    private readonly bool _parsedCleanly;

    private FrameworkCompilation(SourceText source, CompilationUnitSyntax syntax, FrameworkSymbol? framework, ImmutableArray<NameReference> references, ImmutableArray<Diagnostic> diagnostics, bool parsedCleanly = false)
    {
        Source = source;
        Syntax = syntax;
        Framework = framework;
        References = references;
        Diagnostics = diagnostics;
        _parsedCleanly = parsedCleanly;
    }

    public SourceText Source { get; }

    public CompilationUnitSyntax Syntax { get; }

    /// <summary>The bound framework; null only when the file could not be read or parsed at all.</summary>
    public FrameworkSymbol? Framework { get; }

    /// <summary>Every name the binder resolved, declarations and uses, in source order (editors
    /// navigate by these). Kept even when <see cref="Framework"/> is null for want of a header.</summary>
    public ImmutableArray<NameReference> References { get; }

    /// <summary>All diagnostics of every phase, sorted by position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    private FrameworkModel? _model;

    /// <summary>The lowered model shared by every back end; null when there are errors, so nothing
    /// is generated, scored or rendered from a broken framework.</summary>
    public FrameworkModel? Model => HasErrors || Framework is null ? null : _model ??= FrameworkLowering.Lower(Framework);

    public static FrameworkCompilation Create(SourceText source) => Create(source, null);

    // Binding and checking look at the whole framework, so they run again on every version; parsing
    // starts from the previous version's syntax where it can, which gives the same tree.
    private static FrameworkCompilation Create(SourceText source, FrameworkCompilation? previous)
    {
        var diagnostics = new DiagnosticBag(source);
        var syntax = (previous is { _parsedCleanly: true } ? IncrementalParser.Reparse(previous.Syntax, previous.Source.Text, source, diagnostics) : null)
            ?? FrameworkParser.Parse(source, diagnostics);
        var parsedCleanly = diagnostics.Count == 0;
        var framework = Binder.Bind(syntax, diagnostics, out var references);
        if (framework is not null)
        {
            FrameworkChecker.Check(framework, diagnostics);
        }

        return new FrameworkCompilation(source, syntax, framework, references, diagnostics.ToSortedArray(), parsedCleanly);
    }

    /// <summary>This compilation with its warnings as a configuration file sets them
    /// (<see cref="Configuration.InspectConfiguration"/>): left out, or reported as errors, which then
    /// keep the model from being built as any error does.</summary>
    /// <param name="configurationProblems">The configuration file's own diagnostics, for a host that
    /// reports them with the framework's (located in that file); empty for one that shows them apart.</param>
    public FrameworkCompilation WithSeverities(Configuration.DiagnosticSeverities severities, ImmutableArray<Diagnostic> configurationProblems = default) =>
        severities.IsDefault && configurationProblems.IsDefaultOrEmpty
            ? this
            : new FrameworkCompilation(Source, Syntax, Framework, References, Sorted(severities.Apply(Diagnostics).AddRange(configurationProblems.IsDefault ? ImmutableArray<Diagnostic>.Empty : configurationProblems)), _parsedCleanly);

    private static ImmutableArray<Diagnostic> Sorted(ImmutableArray<Diagnostic> diagnostics) => diagnostics.Sort(DiagnosticOrder.Instance);

    /// <summary>A file that could not be read: hosts read files (the compiler does no IO) and report
    /// here why one could not be, so that it is one more diagnostic.</summary>
    /// <param name="path">The path diagnostics show.</param>
    /// <param name="reason">What went wrong, as a clause: "access to the path is denied".</param>
    public static FrameworkCompilation Unreadable(string path, string reason) =>
        Failed(path, bag => bag.Report.FileUnreadable(reason));

    /// <summary>A file larger than <see cref="MaxFileBytes"/>, refused before it is read.</summary>
    public static FrameworkCompilation TooLarge(string path, long size) =>
        Failed(path, bag => bag.Report.FileTooLarge(size, MaxFileBytes));

    /// <summary>A text the compiler threw an exception on: a host that must go on (the language
    /// server) reports the bug as one diagnostic about the file instead of failing.</summary>
    /// <param name="exception">The exception's type and message, as one clause.</param>
    public static FrameworkCompilation Crashed(SourceText source, string exception) =>
        Failed(source, DiagnosticBag.ForFile(source.Path), bag => bag.Report.CompilerFailed(exception));

    /// <summary>Decodes a file's bytes as UTF-8 (a byte-order mark is allowed) and compiles it;
    /// oversized or non-UTF-8 files give a diagnostic instead of an exception.</summary>
    /// <param name="path">The path diagnostics show.</param>
    public static FrameworkCompilation FromBytes(string path, byte[] bytes)
    {
        if (bytes.LongLength > MaxFileBytes)
        {
            return TooLarge(path, bytes.LongLength);
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var invalid = Utf8Validation.FindFirstInvalidByte(bytes, offset);
        if (invalid >= 0)
        {
            // The bytes before the bad one are valid UTF-8, so their decoded length is the bad byte's
            // offset in the text; the rest is decoded leniently only so that the file can be shown.
            var prefixLength = Utf8.GetCharCount(bytes, offset, invalid - offset);
            var lenient = LenientUtf8.GetString(bytes, offset, bytes.Length - offset);
            var value = bytes[invalid].ToString("X2", CultureInfo.InvariantCulture);
            return Failed(new SourceText(path, lenient), bag => bag.Report.NotUtf8(new TextSpan(prefixLength, 1), $"the byte 0x{value} here does not belong to any UTF-8 character (files saved as Windows-1252 or Latin-1 often have such bytes in quotes and dashes)"));
        }

        return Decoded(new SourceText(path, Utf8.GetString(bytes, offset, bytes.Length - offset)));
    }

    /// <summary>Compiles a text that was never bytes here (an editor's buffer) with the checks
    /// <see cref="FromBytes"/> makes of a file's: the same size limit, counted in UTF-8 bytes as the
    /// text would be saved, and no NUL character; so that it gets the diagnostics the saved file would.</summary>
    public static FrameworkCompilation FromText(SourceText source) => FromText(source, null);

    /// <summary><see cref="FromText(SourceText)"/> for the next version of a text being edited, with
    /// the same result: <paramref name="previous"/>, the compilation of an earlier version, lends the
    /// syntax of whatever the edit did not touch.</summary>
    public static FrameworkCompilation FromText(SourceText source, FrameworkCompilation? previous)
    {
        // Lone surrogates count as the three bytes of the replacement character an editor saves.
        long size = LenientUtf8.GetByteCount(source.Text);
        return size > MaxFileBytes ? TooLarge(source.Path, size) : Decoded(source, previous);
    }

    private static FrameworkCompilation Decoded(SourceText source, FrameworkCompilation? previous = null)
    {
        var nul = source.Text.IndexOf('\0');
        if (nul >= 0)
        {
            return Failed(source, bag => bag.Report.NotUtf8(new TextSpan(nul, 1), "it contains a NUL character here, which only binary files have"));
        }

        return Create(source, previous);
    }

    private static FrameworkCompilation Failed(SourceText source, Action<DiagnosticBag> report) =>
        Failed(source, new DiagnosticBag(source), report);

    /// <summary>A file none of whose text is known: its diagnostics are about the file as a whole.</summary>
    private static FrameworkCompilation Failed(string path, Action<DiagnosticBag> report) =>
        Failed(new SourceText(path, string.Empty), DiagnosticBag.ForFile(path), report);

    private static FrameworkCompilation Failed(SourceText source, DiagnosticBag bag, Action<DiagnosticBag> report)
    {
        report(bag);
        return new FrameworkCompilation(source, new CompilationUnitSyntax(ImmutableArray<DeclarationSyntax>.Empty, default), null, ImmutableArray<NameReference>.Empty, bag.ToSortedArray());
    }
}
