using InspectFramework.Diagnostics;
using InspectFramework.Semantics;

namespace InspectFramework.Checking;

/// <summary>Published numbers: unique, under their parent, in sequence without gaps.</summary>
internal static class NumberingCheck
{
    public static void Check(FrameworkSymbol framework, DiagnosticBag diagnostics)
    {
    }
}
