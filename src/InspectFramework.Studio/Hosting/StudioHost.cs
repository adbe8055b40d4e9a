using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.LanguageServer;
using InspectFramework.Studio.Api;
using InspectFramework.Studio.Files;
using InspectFramework.Studio.Lsp;
using InspectFramework.Studio.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InspectFramework.Studio.Hosting;

/// <summary>
/// The studio's web server: Kestrel on one address (the loopback address unless told otherwise) and
/// port, serving the page, the API and the language server's WebSocket for one folder.
/// <see cref="StartAsync"/> returns once it listens; <see cref="Url"/> is the address to open, token
/// included.
/// </summary>
public sealed class StudioHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly StudioToken _token;

    private StudioHost(WebApplication app, StudioToken token, IPEndPoint endPoint)
    {
        _app = app;
        _token = token;
        EndPoint = endPoint;
    }

    /// <summary>The address and port actually bound.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>http://host:port, what browsers send as the page's Origin.</summary>
    public string Origin => $"http://{(EndPoint.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{EndPoint.Address}]" : EndPoint.Address.ToString())}:{EndPoint.Port}";

    /// <summary>The page's address with the token: what <c>inspect serve</c> prints.</summary>
    public string Url => $"{Origin}/?token={_token.Value}";

    /// <summary>Ends when the host stops: Ctrl+C, SIGTERM, or <see cref="DisposeAsync"/>.</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    /// <exception cref="IOException">The address or port cannot be listened on (in use, not this machine's).</exception>
    public static async Task<StudioHost> StartAsync(StudioOptions options)
    {
        var folder = new StudioFolder(options.Folder);

        // The slim builder without its configuration sources or logging: nothing in the served folder
        // or the environment (appsettings.json, ASPNETCORE_URLS) changes where or how the studio
        // listens, and standard output carries only the address.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder.Root, Args = [] });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = StudioLimits.MaxRequestBytes;
            kestrel.Listen(options.Host, options.Port);
        });

        var app = builder.Build();
        StudioOrigin? origin = null;
        app.UseStudioSecurity(options.Token, () => origin);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.MapStudioApi(folder);
        var stopping = app.Lifetime.ApplicationStopping;
        var log = TextWriter.Synchronized(options.Log);
        app.Map("/lsp", context => LspBridge.Serve(
            context,
            () => new LanguageServerOptions { Log = log, Version = options.Version, ServedFolder = folder.Root },
            stopping));
        app.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], StudioPage.Serve);
        app.MapFallback(context => StudioResponses.Error(context, StatusCodes.Status404NotFound, "The studio has nothing here."));

        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new IOException(e.Message, e);
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var bound = new IPEndPoint(options.Host, new Uri(address).Port);
        var host = new StudioHost(app, options.Token, bound);
        origin = new StudioOrigin(bound);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
