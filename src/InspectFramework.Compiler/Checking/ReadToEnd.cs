using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Diagnostics;

namespace InspectFramework.Compiler.Checking;

/// <summary>
/// Whether the parser read a standard whole: to its closing '}', with no syntax error inside. After a
/// missing '{' or a slip among its members, some of them were not read, so "it has no statement", "no
/// rating rule" or "no key questions" would blame what the parser skipped, ahead of the slip itself.
/// </summary>
internal static class ReadToEnd
{
    public static bool Standard(StandardSymbol standard, DiagnosticBag diagnostics)
    {
        if (!diagnostics.HasSyntaxErrors)
        {
            return true;
        }

        var span = standard.Syntax.Span;
        return span.Length > 0 && diagnostics.Source.Text[span.End - 1] == '}' && !diagnostics.HasSyntaxErrorIn(span);
    }
}
