namespace InspectFramework.Compiler.Model;

/// <summary>
/// Name, version and content hash of a framework: what every generated file and case-data record is
/// stamped with (docs/change-control.md). Tools compare the hash; name and version are for people.
/// </summary>
public sealed record FrameworkIdentity(string Name, string Version, string ContentHash)
{
    public static FrameworkIdentity Of(FrameworkModel model) => new(model.Name, model.Version, model.ContentHash);

    public override string ToString() => $"{Name} {Version} ({ContentHash})";
}
