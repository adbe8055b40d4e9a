namespace InspectFramework.Studio.Security;

/// <summary>How much a request may carry.</summary>
public static class StudioLimits
{
    /// <summary>A request body or one WebSocket message: 64 MiB, the largest single value an inspection
    /// data file may hold (<c>InspectionReader.MaxValueBytes</c>) and twice a framework file's limit
    /// (32 MB), so that a whole framework fits in one message even with JSON escaping.</summary>
    public const int MaxRequestBytes = 64 * 1024 * 1024;

    /// <summary>Entries a folder listing reports; a larger folder is listed up to this and says so.</summary>
    public const int MaxListedFiles = 10_000;
}
