using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Diagnostics;

namespace InspectFramework.Compiler.Checking;

/// <summary>
/// Rules over the whole bound framework, one class per family of checks. Checks that count or cover
/// the whole file (the overall bands against the points all standards can reach, numbering sequences,
/// scores that nothing feeds, unused facts) run only when the parser read the whole file: after a
/// syntax error, what it skipped would show up as their findings, ahead of the real cause
/// (<see cref="DiagnosticBag.HasSyntaxErrors"/>).
/// </summary>
public static class FrameworkChecker
{
    public static void Check(FrameworkSymbol framework, DiagnosticBag diagnostics)
    {
        NumberingCheck.Check(framework, diagnostics);
        RatingRulesCheck.Check(framework, diagnostics);
        ScoresCheck.Check(framework, diagnostics);
        ConditionCheck.Check(framework, diagnostics);
        WordingCheck.Check(framework, diagnostics);
    }
}
