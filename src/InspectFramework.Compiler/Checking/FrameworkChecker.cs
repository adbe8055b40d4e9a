using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Diagnostics;

namespace InspectFramework.Compiler.Checking;

/// <summary>Rules over the whole bound framework, one class per family of checks.</summary>
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
