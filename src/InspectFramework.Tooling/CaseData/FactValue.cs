namespace InspectFramework.Tooling.CaseData;

/// <summary>A recorded fact value: a bool, an int, or an enumeration member's name.</summary>
public readonly record struct FactValue(string Name, object Value);
