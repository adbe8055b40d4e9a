using InspectFramework.Diagnostics;
using InspectFramework.Semantics;

namespace InspectFramework.Checking;

/// <summary>Empty and duplicated wording, unused facts.</summary>
internal static class WordingCheck
{
    public static void Check(FrameworkSymbol framework, DiagnosticBag diagnostics)
    {
    }
}
