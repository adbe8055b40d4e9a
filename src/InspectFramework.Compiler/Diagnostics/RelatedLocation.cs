using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Diagnostics;

/// <summary>Another place a diagnostic's message names (the '{' a missing '}' closes, the first
/// declaration of a duplicate name), with what it is: "the block opened here".</summary>
public sealed record RelatedLocation(Location Location, string Message);
