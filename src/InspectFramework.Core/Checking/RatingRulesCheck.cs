using InspectFramework.Diagnostics;
using InspectFramework.Semantics;

namespace InspectFramework.Checking;

/// <summary>Band tables, overall bands, standards' rating rules and discretion.</summary>
internal static class RatingRulesCheck
{
    public static void Check(FrameworkSymbol framework, DiagnosticBag diagnostics)
    {
    }
}
