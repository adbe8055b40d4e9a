using InspectFramework.Diagnostics;
using InspectFramework.Semantics;

namespace InspectFramework.Checking;

/// <summary>Rules over the whole bound framework: numbering, bands, rating rules, conditions, wording.</summary>
public static class FrameworkChecker
{
    public static void Check(FrameworkSymbol framework, DiagnosticBag diagnostics)
    {
    }
}
