using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Files;

namespace InspectFramework.Cli.Commands;

/// <summary>
/// <c>inspect playground --out DIR</c>: writes the studio with no server (the page, the compiler and the
/// language server as .NET WebAssembly, the bundled frameworks and case data) as a static folder any web
/// server can host (docs/studio.md). The files are published beside the executable, in
/// <see cref="FolderName"/>, by the build of the CLI (src/InspectFramework.Playground); this command
/// copies them. A folder that already holds files is replaced only with <c>--force</c>.
/// </summary>
internal static class PlaygroundCommand
{
    /// <summary>The folder beside the executable that holds the static site.</summary>
    public const string FolderName = "playground";

    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory) =>
        Create(stdout, stderr, workingDirectory, Path.Combine(AppContext.BaseDirectory, FolderName));

    /// <param name="site">Where the static site is; tests give their own.</param>
    internal static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory, string site)
    {
        var output = new Option<string?>("--out") { HelpName = "folder", Description = "The folder to write the static site to (new or empty, or replaced with --force)." };
        var force = new Option<bool>("--force") { Description = "Replace the folder even if it holds files." };
        var command = new Command("playground", "Write the studio as a static web site that runs the compiler in the browser (no server).");
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(result =>
        {
            var directory = result.GetValue(output);
            return directory is null
                ? Usage(stderr, "give the folder to write, for example: inspect playground --out studio")
                : Write(site, directory, result.GetValue(force), workingDirectory, stdout, stderr);
        });
        return command;
    }

    private static int Write(string site, string directory, bool force, string workingDirectory, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(Path.Combine(site, "index.html")))
        {
            stderr.WriteLine($"inspect playground: this inspect has no playground files beside it ({DisplayText.OneLine(site)} is missing or incomplete).");
            stderr.WriteLine("Builds from source publish them with scripts/inspect; see docs/studio.md.");
            return InspectApp.InputErrors;
        }

        var target = Path.GetFullPath(Path.Combine(workingDirectory, directory));
        var shown = DisplayText.OneLine(directory);
        if (File.Exists(target))
        {
            return Usage(stderr, $"{shown} is a file, not a folder; give a folder to write the site to.");
        }

        var holdsFiles = Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any();
        if (holdsFiles && !force)
        {
            return Usage(stderr, $"{shown} already holds files; pass --force to replace the whole folder, or give a new or empty one.");
        }

        // Written in full into a hidden folder beside the target, then renamed into place: a failure
        // (a full disk) leaves the old folder as it was, and no one sees a half-written site.
        var parent = Path.GetDirectoryName(target) ?? target;
        var name = Path.GetFileName(target);
        var next = Path.Combine(parent, $".{name}.{Guid.NewGuid():N}.tmp");
        var old = Path.Combine(parent, $".{name}.{Guid.NewGuid():N}.old");
        var files = 0;
        long bytes = 0;
        try
        {
            Try(shown, () =>
            {
                Directory.CreateDirectory(parent);
                foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var relative = Path.GetRelativePath(site, file);
                    var copy = Path.Combine(next, relative);
                    Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                    File.Copy(file, copy);
                    files++;
                    bytes += new FileInfo(copy).Length;
                }

                if (Directory.Exists(target))
                {
                    Directory.Move(target, old);
                }

                Directory.Move(next, target);
            });
        }
        finally
        {
            foreach (var leftOver in new[] { next, old })
            {
                try
                {
                    if (Directory.Exists(leftOver))
                    {
                        Directory.Delete(leftOver, recursive: true);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The site is written (or the failure already reported); a stray folder is the lesser harm.
                }
            }
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The playground ({files} files, {bytes / 1024 / 1024.0:0.0} MB) is in {shown}: host it with any static web server and open index.html."));
        return InspectApp.Success;
    }

    private static void Try(string shown, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OutputWriteException(shown, e);
        }
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"inspect playground: {message}");
        stderr.WriteLine("Run 'inspect playground --help' for usage.");
        return InspectApp.BadUsage;
    }
}
