using System;
using System.Linq;
using System.Net;
using System.Net.NetworkInformation;
using Microsoft.AspNetCore.Http;

namespace InspectFramework.Studio.Security;

/// <summary>
/// Which <c>Origin</c> a WebSocket upgrade to the language server may come from: the studio's own
/// page, at the address the browser used to reach it. Bound to one address, that is <c>http://ADDRESS:PORT</c>.
/// Bound to every address (<c>--host 0.0.0.0</c> or <c>::</c>), no browser sends
/// <c>http://0.0.0.0:PORT</c>: the page's origin is then <c>http://</c> plus the <c>Host</c> the
/// browser sent, accepted only when that host is an IP address of this machine and the port is the
/// studio's. A page of another site has another origin (cross-site WebSocket hijacking); a name
/// resolving to this machine (DNS rebinding) is not an IP address, so both stay refused.
/// </summary>
internal sealed class StudioOrigin
{
    private readonly IPEndPoint _bound;

    public StudioOrigin(IPEndPoint bound) => _bound = bound;

    /// <summary>http://host:port of the address bound, what <c>inspect serve</c> prints.</summary>
    public string Bound => Of(_bound.Address, _bound.Port);

    public bool Accepts(string? origin, HostString host)
    {
        if (origin is null)
        {
            return false;
        }

        if (string.Equals(origin, Bound, StringComparison.Ordinal))
        {
            return true;
        }

        if (!IsUnspecified(_bound.Address) || !host.HasValue || (host.Port ?? 80) != _bound.Port
            || !IPAddress.TryParse(host.Host.Trim('[', ']'), out var address) || !IsOfThisMachine(address))
        {
            return false;
        }

        return string.Equals(origin, Of(address, _bound.Port), StringComparison.Ordinal);
    }

    /// <summary>How a browser writes the origin of a page at this address and port.</summary>
    public static string Of(IPAddress address, int port) =>
        $"http://{(address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString())}{(port == 80 ? string.Empty : $":{port}")}";

    private static bool IsUnspecified(IPAddress address) => address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);

    // Asked at each upgrade, not once: interfaces come and go (a laptop changing network).
    private static bool IsOfThisMachine(IPAddress address) =>
        IPAddress.IsLoopback(address)
        || NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(i => i.GetIPProperties().UnicastAddresses)
            .Any(u => u.Address.Equals(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address));
}
