using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Threading.Tasks;
using InspectFramework.Studio.Security;
using InspectFramework.Studio.Tests.Infrastructure;

namespace InspectFramework.Studio.Tests;

/// <summary>Everything a page from another site, another user of the machine or a crafted path could try: all refused, nothing read or written.</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task The_studio_listens_on_the_loopback_address_only()
    {
        await using var studio = await StudioFixture.StartAsync();

        Assert.Equal(IPAddress.Loopback, studio.Host.EndPoint.Address);
        Assert.StartsWith($"http://127.0.0.1:{studio.Host.EndPoint.Port}/?token=", studio.Host.Url, StringComparison.Ordinal);

        // Through any other address of this machine, nothing answers on that port.
        var others = (await Dns.GetHostAddressesAsync(Dns.GetHostName())).Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        foreach (var other in others)
        {
            using var client = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(other, studio.Host.EndPoint.Port));
        }
    }

    [Fact]
    public async Task A_request_without_the_token_is_refused()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var client = studio.Anonymous();

        foreach (var path in new[] { "/", "/api/files", $"/api/file?path={StudioFixture.Framework}", "/index.html" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.StartsWith("No valid studio token", (await StudioFixture.ReadJson(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_wrong_token_is_refused_in_the_address_the_cookie_and_the_header()
    {
        await using var studio = await StudioFixture.StartAsync();
        var wrong = StudioToken.Create().Value;
        using var client = studio.Anonymous();

        using var page = await client.GetAsync($"/?token={wrong}");
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.False(page.Headers.Contains("Set-Cookie"));

        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/api/files");
        withCookie.Headers.Add("Cookie", $"{StudioSecurity.CookieName}={wrong}");
        withCookie.Headers.Add(StudioSecurity.HeaderName, studio.Token.Value);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(withCookie)).StatusCode);

        using var withHeader = new HttpRequestMessage(HttpMethod.Get, "/api/files");
        withHeader.Headers.Add("Cookie", $"{StudioSecurity.CookieName}={studio.Token.Value}");
        withHeader.Headers.Add(StudioSecurity.HeaderName, wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(withHeader)).StatusCode);
    }

    [Fact]
    public async Task The_token_in_the_address_is_taken_for_the_page_only_and_sets_a_strict_cookie()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var client = studio.Anonymous();

        using var api = new HttpRequestMessage(HttpMethod.Get, $"/api/files?token={studio.Token.Value}");
        api.Headers.Add(StudioSecurity.HeaderName, studio.Token.Value);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(api)).StatusCode);

        using var page = await client.GetAsync($"/?token={studio.Token.Value}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        var cookie = Assert.Single(page.Headers.GetValues("Set-Cookie"));
        Assert.Equal($"{StudioSecurity.CookieName}={studio.Token.Value}; path=/; samesite=strict; httponly", cookie);
    }

    [Fact]
    public async Task The_page_and_its_files_are_served_from_the_executable_with_the_cookie()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var client = studio.Page();

        using var script = await client.GetAsync("/studio.js");
        using var style = await client.GetAsync("/studio.css");
        using var missing = await client.GetAsync("/no-such-file.js");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType?.ToString());
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 1000);
        Assert.Equal("text/css; charset=utf-8", style.Content.Headers.ContentType?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_api_request_with_the_cookie_but_without_the_header_is_refused()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var client = studio.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/files");
        request.Headers.Add("Cookie", $"{StudioSecurity.CookieName}={studio.Token.Value}");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(StudioSecurity.HeaderName, (await StudioFixture.ReadJson(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_answer_carries_the_content_security_policy_and_the_other_headers()
    {
        await using var studio = await StudioFixture.StartAsync();
        using var anonymous = studio.Anonymous();
        using var page = studio.Page();

        foreach (var response in new[] { await anonymous.GetAsync("/api/files"), await page.GetAsync("/api/files"), await page.GetAsync("/no-such-file.js") })
        {
            Assert.Equal(StudioSecurity.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.DoesNotContain("unsafe-inline", StudioSecurity.ContentSecurityPolicy, StringComparison.Ordinal);
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_websocket_from_another_origin_or_without_the_cookie_is_refused()
    {
        await using var studio = await StudioFixture.StartAsync();

        var foreign = await Assert.ThrowsAsync<WebSocketException>(() => studio.ConnectLspAsync(origin: "http://evil.example"));
        var sameHostOtherPort = await Assert.ThrowsAsync<WebSocketException>(() => studio.ConnectLspAsync(origin: $"http://127.0.0.1:{studio.Host.EndPoint.Port + 1}"));
        var noCookie = await Assert.ThrowsAsync<WebSocketException>(() => studio.ConnectLspAsync(cookie: false));

        Assert.All(new[] { foreign, sameHostOtherPort }, e => Assert.Contains("403", e.Message, StringComparison.Ordinal));
        Assert.Contains("401", noCookie.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listening_on_every_address_the_page_reached_at_an_address_of_this_machine_may_connect()
    {
        await using var studio = await StudioFixture.StartAsync(host: IPAddress.Any);
        var port = studio.Host.EndPoint.Port;
        var own = (await Dns.GetHostAddressesAsync(Dns.GetHostName())).Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a)).Take(1);

        // What a browser sends for a page opened at http://ADDRESS:PORT: that Host and that Origin.
        foreach (var address in new[] { IPAddress.Loopback }.Concat(own))
        {
            Assert.Equal(101, await studio.UpgradeStatusAsync(address, $"{address}:{port}", $"http://{address}:{port}"));
        }
    }

    [Fact]
    public async Task Listening_on_every_address_a_page_of_another_site_or_address_is_still_refused()
    {
        await using var studio = await StudioFixture.StartAsync(host: IPAddress.Any);
        var port = studio.Host.EndPoint.Port;

        // Another site; a name resolving to this machine (DNS rebinding); an address that is not this
        // machine's; the Host of this machine but the Origin of another page; another port.
        Assert.Equal(403, await studio.UpgradeStatusAsync(IPAddress.Loopback, $"127.0.0.1:{port}", "http://evil.example"));
        Assert.Equal(403, await studio.UpgradeStatusAsync(IPAddress.Loopback, $"evil.example:{port}", $"http://evil.example:{port}"));
        Assert.Equal(403, await studio.UpgradeStatusAsync(IPAddress.Loopback, $"192.0.2.1:{port}", $"http://192.0.2.1:{port}"));
        Assert.Equal(403, await studio.UpgradeStatusAsync(IPAddress.Loopback, $"127.0.0.1:{port}", $"http://192.0.2.1:{port}"));
        Assert.Equal(403, await studio.UpgradeStatusAsync(IPAddress.Loopback, $"127.0.0.1:{port + 1}", $"http://127.0.0.1:{port + 1}"));
        Assert.Equal(403, await studio.UpgradeStatusAsync(IPAddress.Loopback, $"127.0.0.1:{port}", $"https://127.0.0.1:{port}"));
    }

    [Fact]
    public async Task Listening_on_the_loopback_address_the_host_the_browser_sent_does_not_widen_the_origin()
    {
        await using var studio = await StudioFixture.StartAsync();
        var port = studio.Host.EndPoint.Port;

        Assert.Equal(101, await studio.UpgradeStatusAsync(IPAddress.Loopback, $"127.0.0.1:{port}", $"http://127.0.0.1:{port}"));
        Assert.Equal(403, await studio.UpgradeStatusAsync(IPAddress.Loopback, $"localhost:{port}", $"http://localhost:{port}"));
        Assert.Equal(403, await studio.UpgradeStatusAsync(IPAddress.Loopback, $"[::1]:{port}", $"http://[::1]:{port}"));
    }

    [Theory]
    [InlineData("../secret.inspect", 403)]
    [InlineData("data/../../secret.inspect", 403)]
    [InlineData("%2e%2e/secret.inspect", 403)]
    [InlineData("%2E%2E%2Fsecret.inspect", 403)]
    [InlineData("/etc/passwd", 403)]
    [InlineData("link-out.inspect", 403)]
    [InlineData("linked/secret.inspect", 403)]
    [InlineData(".hidden/hidden.inspect", 403)]
    [InlineData("..%5csecret.inspect", 403)]
    [InlineData("notes.txt", 403)]
    [InlineData("data//luton-2020.json", 400)]
    [InlineData("", 400)]
    public async Task A_path_outside_the_folder_or_not_a_framework_is_neither_read_nor_written(string path, int status)
    {
        await using var studio = await StudioFixture.StartAsync();
        using var client = studio.Page();
        var outside = File.ReadAllText(studio.Outside);
        var notes = studio.Read("notes.txt");

        using var read = await client.GetAsync($"/api/file?path={path}");
        using var write = await client.PutAsync($"/api/file?path={path}", StudioFixture.Json(new { text = "// overwritten\n", baseHash = StudioFixture.Sha256(File.ReadAllBytes(studio.Outside)), format = false }));

        Assert.Equal(status, (int)read.StatusCode);
        Assert.Equal(status, (int)write.StatusCode);
        Assert.NotNull((await StudioFixture.ReadJson(read)).GetProperty("error").GetString());
        Assert.DoesNotContain("outside the served folder", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(outside, File.ReadAllText(studio.Outside));
        Assert.Equal(notes, studio.Read("notes.txt"));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_and_nothing_is_written()
    {
        await using var studio = await StudioFixture.StartAsync();
        var before = studio.Read(StudioFixture.Framework);

        // Only the headers are sent: the declared length alone is refused, before any byte of the body.
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, studio.Host.EndPoint.Port);
        var stream = client.GetStream();
        var request =
            $"PUT /api/file?path={StudioFixture.Framework} HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
            $"Cookie: {StudioSecurity.CookieName}={studio.Token.Value}\r\n{StudioSecurity.HeaderName}: {studio.Token.Value}\r\n" +
            $"Content-Type: application/json\r\nContent-Length: {StudioLimits.MaxRequestBytes + 1}\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream);
        var statusLine = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("HTTP/1.1 413 Payload Too Large", statusLine);
        Assert.Equal(before, studio.Read(StudioFixture.Framework));
        Assert.Empty(Directory.GetFiles(studio.Folder, "*.tmp", SearchOption.AllDirectories));
    }
}
