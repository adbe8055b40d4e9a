namespace InspectFramework.SourceGenerator;

/// <summary>Names of the generator's pipeline steps, as seen by Roslyn's step tracking (and the tests).</summary>
public static class TrackingNames
{
    public const string Text = "InspectFramework.Compiler.Text";

    public const string Configuration = "InspectFramework.Configuration";
    public const string Compile = "InspectFramework.Compile";

    public const string Options = "InspectFramework.Options";

    public const string EmitInput = "InspectFramework.EmitInput";

    public const string Emit = "InspectFramework.Compiler.Emit";

    public const string Generated = "InspectFramework.Generated";

    public const string Diagnostics = "InspectFramework.Compiler.Diagnostics";
}
