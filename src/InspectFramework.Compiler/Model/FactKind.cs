namespace InspectFramework.Compiler.Model;

/// <summary>The type of a case fact.</summary>
public enum FactKind
{
    Boolean,
    Integer,
    Enumeration,
}
