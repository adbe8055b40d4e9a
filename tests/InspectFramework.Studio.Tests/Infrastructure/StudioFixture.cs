using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.Studio.Hosting;
using InspectFramework.Studio.Security;

namespace InspectFramework.Studio.Tests.Infrastructure;

/// <summary>
/// A studio serving a fresh folder: the youth 2019 framework, the Luton data beside it, a text file,
/// a hidden folder, and symbolic links to a file and a folder outside; and a file outside the folder
/// that nothing may read or write. Real Kestrel on a free loopback port.
/// </summary>
internal sealed class StudioFixture : IAsyncDisposable
{
    public const string Framework = "youth.inspect";

    public const string CaseData = "data/luton-2020.json";

    private StudioFixture(string root, StudioHost host, StudioToken token)
    {
        Root = root;
        Host = host;
        Token = token;
    }

    /// <summary>The temporary folder holding <see cref="Folder"/> and <see cref="Outside"/>.</summary>
    public string Root { get; }

    public string Folder => Path.Combine(Root, "served");

    public string Outside => Path.Combine(Root, "secret.inspect");

    public StudioHost Host { get; }

    public StudioToken Token { get; }

    public static string Repository { get; } = FindRepository();

    public static string YouthText { get; } = File.ReadAllText(Path.Combine(Repository, "frameworks", "hmip-youth-2019.inspect"));

    public static async Task<StudioFixture> StartAsync(Action<string>? prepare = null, IPAddress? host = null)
    {
        var root = Path.Combine(Path.GetTempPath(), $"studio-{Guid.NewGuid():N}");
        var folder = Directory.CreateDirectory(Path.Combine(root, "served")).FullName;
        File.Copy(Path.Combine(Repository, "frameworks", "hmip-youth-2019.inspect"), Path.Combine(folder, Framework));
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        File.Copy(Path.Combine(Repository, "samples", "luton-2020.json"), Path.Combine(folder, CaseData));
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a framework\n");
        File.WriteAllText(Path.Combine(folder, "data", "other.json"), "{\"not\": \"inspection data\"}\n");
        Directory.CreateDirectory(Path.Combine(folder, ".hidden"));
        File.WriteAllText(Path.Combine(folder, ".hidden", "hidden.inspect"), YouthText);
        File.WriteAllText(Path.Combine(root, "secret.inspect"), "// outside the served folder\n");
        File.CreateSymbolicLink(Path.Combine(folder, "link-out.inspect"), Path.Combine(root, "secret.inspect"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "linked"), root);
        prepare?.Invoke(folder);
        var token = StudioToken.Create();
        var studio = await StudioHost.StartAsync(new StudioOptions { Folder = folder, Token = token, Host = host ?? IPAddress.Loopback });
        return new StudioFixture(root, studio, token);
    }

    /// <summary>A client that sends nothing of its own: no cookie, no header.</summary>
    public HttpClient Anonymous() => new(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = new Uri(Host.Origin) };

    /// <summary>A client as the page is one: the cookie and the header.</summary>
    public HttpClient Page()
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add("Cookie", $"{StudioSecurity.CookieName}={Token.Value}");
        client.DefaultRequestHeaders.Add(StudioSecurity.HeaderName, Token.Value);
        return client;
    }

    public async Task<ClientWebSocket> ConnectLspAsync(string? origin = null, bool cookie = true)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (cookie)
        {
            socket.Options.SetRequestHeader("Cookie", $"{StudioSecurity.CookieName}={Token.Value}");
        }

        socket.Options.SetRequestHeader("Origin", origin ?? Host.Origin);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(new Uri(Host.Origin.Replace("http://", "ws://", StringComparison.Ordinal) + "/lsp"), timeout.Token);
        return socket;
    }

    /// <summary>
    /// The status of a WebSocket upgrade to <c>/lsp</c> sent over TCP to <paramref name="address"/>,
    /// with the cookie and exactly the <c>Host</c> and <c>Origin</c> given (as a browser, or a page
    /// trying DNS rebinding, would send them).
    /// </summary>
    public async Task<int> UpgradeStatusAsync(IPAddress address, string hostHeader, string origin)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(address, Host.EndPoint.Port);
        var stream = client.GetStream();
        var request = $"GET /lsp HTTP/1.1\r\nHost: {hostHeader}\r\nOrigin: {origin}\r\nCookie: {StudioSecurity.CookieName}={Token.Value}\r\n" +
            "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var buffer = new byte[12];
        var read = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), timeout.Token);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        // "HTTP/1.1 101"
        return int.Parse(Encoding.ASCII.GetString(buffer, 9, 3), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    public static async Task<JsonElement> ReadJson(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public string Read(string relative) => File.ReadAllText(Path.Combine(Folder, relative));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }

    private static string FindRepository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "InspectFramework.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("InspectFramework.sln not found above the test output folder.");
    }
}
