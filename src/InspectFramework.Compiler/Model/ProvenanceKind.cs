namespace InspectFramework.Compiler.Model;

/// <summary>Whether an item's wording is the published text or reconstructed.</summary>
public enum ProvenanceKind
{
    Verbatim,
    Reconstructed,
}
