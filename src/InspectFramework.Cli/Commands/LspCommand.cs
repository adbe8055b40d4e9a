using System;
using System.CommandLine;
using System.IO;
using System.Reflection;
using InspectFramework.LanguageServer;

namespace InspectFramework.Cli.Commands;

/// <summary>
/// <c>inspect lsp</c>: the language server for editors, speaking LSP over standard input and output
/// until the editor says exit (docs/editors.md). Exit code 0 after the editor's shutdown request, 1
/// when it exits without one, closes the input, or dies.
/// </summary>
internal static class LspCommand
{
    public static Command Create(TextWriter stderr)
    {
        // Editors' clients add these to the command line (VS Code's adds --stdio and may add the
        // process id); standard input and output is the only transport, and the process id also comes
        // in 'initialize', so both are accepted and need nothing more.
        var stdio = new Option<bool>("--stdio") { Description = "Speak LSP over standard input and output (the only transport; accepted for editors that add it)." };
        var clientProcessId = new Option<int?>("--clientProcessId") { Description = "Accepted for editors that add it; the server watches the process named in 'initialize'." };
        var command = new Command("lsp", "Run the language server for editors (LSP over standard input and output).");
        command.Options.Add(stdio);
        command.Options.Add(clientProcessId);
        command.SetAction(_ =>
        {
            var input = Console.OpenStandardInput();
            var output = Console.OpenStandardOutput();

            // Standard output carries only protocol: anything else in the process that writes to the
            // console lands on standard error instead of corrupting a message.
            Console.SetOut(stderr);
            var options = new LanguageServerOptions { Log = stderr, Version = Version() };
            return new InspectLanguageServer(input, output, options).RunAsync().GetAwaiter().GetResult();
        });
        return command;
    }

    // Without the source revision after '+', so that every build of one version answers the same
    // (inspect serve's language servers report it too).
    internal static string Version()
    {
        var version = typeof(LspCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
