using System;

namespace InspectFramework.LanguageServer.Documents;

/// <summary>Between document URIs (what the client names documents by) and file paths (what the
/// compiler's diagnostics and the disk know).</summary>
internal static class DocumentUri
{
    /// <summary>The local path of a <c>file:</c> URI; any other URI (an unsaved buffer) stands for itself.</summary>
    public static string ToPath(string uri) =>
        System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;

    public static string FromPath(string path) => new System.Uri(path).AbsoluteUri;
}
