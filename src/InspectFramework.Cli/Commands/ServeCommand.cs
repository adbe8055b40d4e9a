using System;
using System.CommandLine;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using InspectFramework.Compiler.Text;
using InspectFramework.Studio.Hosting;

namespace InspectFramework.Cli.Commands;

/// <summary>
/// <c>inspect serve [folder] [--port N] [--host H] [--open]</c>: the framework studio for a folder, in
/// the browser (docs/studio.md). Prints the page's address with its token on standard output and serves
/// until Ctrl+C or SIGTERM: exit 0 then; 2 for a folder that does not exist, a host that is not an IP
/// address, or an address or port that cannot be listened on.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var folder = new Argument<string>("folder") { Description = "The folder of frameworks to serve (the only place read or written).", DefaultValueFactory = _ => "." };
        var port = new Option<int>("--port") { Description = "The port to listen on (default: a free port chosen by the system)." };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError("--port is a port number, 0 to 65535.");
            }
        });
        var host = new Option<string>("--host") { Description = "The address to listen on (default 127.0.0.1, this machine only). Any other lets other machines reach the studio.", DefaultValueFactory = _ => "127.0.0.1" };
        var open = new Option<bool>("--open") { Description = "Open the studio in the system's browser." };
        var command = new Command("serve", "Edit a folder's frameworks in the browser: editor, problems, preview, try it on case data, changes.");
        command.Arguments.Add(folder);
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(open);
        command.SetAction(result => Run(result.GetValue(folder)!, result.GetValue(port), result.GetValue(host)!, result.GetValue(open), workingDirectory, stdout, stderr));
        return command;
    }

    private static int Run(string folder, int port, string hostText, bool open, string workingDirectory, TextWriter stdout, TextWriter stderr)
    {
        var full = Path.GetFullPath(Path.Combine(workingDirectory, folder));
        if (!Directory.Exists(full))
        {
            stderr.WriteLine($"inspect: {DisplayText.OneLine(folder)} is not a folder; name the folder of frameworks to serve.");
            return InspectApp.BadUsage;
        }

        if (!TryParseHost(hostText, out var address))
        {
            stderr.WriteLine($"inspect: --host {DisplayText.OneLine(hostText)} is not an IP address (for example 127.0.0.1, or 0.0.0.0 for every interface).");
            return InspectApp.BadUsage;
        }

        if (!IPAddress.IsLoopback(address))
        {
            stderr.WriteLine($"inspect: warning: listening on {address}, not only this machine: anyone who can reach it and learns the token can read and change the frameworks in {DisplayText.OneLine(folder)}. Leave --host out to keep the studio to this machine.");
        }

        StudioHost studio;
        try
        {
            studio = StudioHost.StartAsync(new StudioOptions { Folder = full, Host = address, Port = port, Log = stderr, Version = LspCommand.Version() }).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            stderr.WriteLine($"inspect: cannot listen on {address} port {port}: {e.Message.TrimEnd('.')}. Choose another --port, or leave it out for a free one.");
            return InspectApp.BadUsage;
        }

        try
        {
            stdout.WriteLine($"inspect studio: {studio.Url}");
            stdout.Flush();
            if (open)
            {
                OpenBrowser(studio.Url, stderr);
            }

            // Ctrl+C and SIGTERM stop the host (its console lifetime handles them); open pages lose
            // their connection, and nothing unsaved on the server side is lost (saves are atomic).
            studio.WaitForShutdownAsync().GetAwaiter().GetResult();
            stderr.WriteLine("inspect: studio stopped.");
            return InspectApp.Success;
        }
        finally
        {
            studio.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static bool TryParseHost(string text, out IPAddress address)
    {
        if (string.Equals(text, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
            return true;
        }

        return IPAddress.TryParse(text, out address!);
    }

    // The platform's opener, started with the address as one argument (never through a shell, so no
    // character of it is interpreted).
    private static void OpenBrowser(string url, TextWriter stderr)
    {
        var opener = OperatingSystem.IsWindows() ? "explorer.exe" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        if (!OnPath(opener))
        {
            stderr.WriteLine($"inspect: --open: there is no {opener} here to open a browser with; open the address above yourself.");
            return;
        }

        try
        {
            var start = new ProcessStartInfo(opener) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(url);
            using var _ = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            stderr.WriteLine($"inspect: --open: {opener} could not be started ({e.Message.TrimEnd('.')}); open the address above yourself.");
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
