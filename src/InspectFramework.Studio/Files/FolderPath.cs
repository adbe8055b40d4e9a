namespace InspectFramework.Studio.Files;

/// <summary>A path of the folder a request named: where it is on disk and how to show it, or why it
/// was refused (<see cref="Status"/>: 400 malformed, 403 outside the folder or hidden).</summary>
internal sealed record FolderPath(string? FullPath, string Relative, int Status, string? Error)
{
    public bool IsRefused => Error is not null;

    public static FolderPath Refused(string relative, int status, string error) => new(null, relative, status, error);
}
