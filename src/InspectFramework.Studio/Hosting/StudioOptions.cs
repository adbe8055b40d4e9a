using System.IO;
using System.Net;
using InspectFramework.Studio.Security;

namespace InspectFramework.Studio.Hosting;

/// <summary>What <c>inspect serve</c> was asked for; the defaults are the real ones.</summary>
public sealed record StudioOptions
{
    /// <summary>The folder of frameworks served: the only place read or written.</summary>
    public required string Folder { get; init; }

    /// <summary>The address listened on: the loopback address unless the user names another.</summary>
    public IPAddress Host { get; init; } = IPAddress.Loopback;

    /// <summary>0: a free port chosen by the system.</summary>
    public int Port { get; init; }

    public StudioToken Token { get; init; } = StudioToken.Create();

    /// <summary>Standard error: the language servers' logs and failures.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;

    /// <summary>The version the language server reports in <c>initialize</c>.</summary>
    public string Version { get; init; } = "0.0.0";
}
