using InspectFramework.Diagnostics;
using InspectFramework.Semantics;

namespace InspectFramework.Checking;

/// <summary>Derived-fact cycles and conditions that never or always hold, or items that can never apply.</summary>
internal static class ConditionCheck
{
    public static void Check(FrameworkSymbol framework, DiagnosticBag diagnostics)
    {
    }
}
