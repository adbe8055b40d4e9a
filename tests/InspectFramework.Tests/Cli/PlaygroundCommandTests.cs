using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using InspectFramework.Cli;
using InspectFramework.Cli.Commands;

namespace InspectFramework.Tests.Cli;

/// <summary><c>inspect playground --out DIR</c>, run in-process on a small site of its own (the real one
/// is built by scripts/build-playground and tested in a browser by tests/studio/playground.test.mjs).</summary>
public sealed class PlaygroundCommandTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "inspect-playground-" + Guid.NewGuid().ToString("N"));

    public PlaygroundCommandTests()
    {
        Write("site/index.html", "<!doctype html><title>studio</title>");
        Write("site/_framework/dotnet.js", "export const dotnet = {};");
        Write("site/files/frameworks/youth.inspect", "framework youth \"Youth\" version \"1\"\n");
    }

    public void Dispose()
    {
        if (Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }
    }

    private string Temp(string name) => Path.Combine(_temp, name);

    private void Write(string name, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Temp(name))!);
        File.WriteAllText(Temp(name), text);
    }

    private (int Exit, string Out, string Err) Run(string site, params string[] args)
    {
        var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var command = PlaygroundCommand.Create(stdout, stderr, _temp, Temp(site));
        var exit = command.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string[] Listing(string folder) =>
        Directory.EnumerateFiles(Temp(folder), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Temp(folder), f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Writes_every_file_of_the_site_into_a_new_folder()
    {
        var (exit, output, error) = Run("site", "--out", "out/studio");

        Assert.Equal(InspectApp.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(["_framework/dotnet.js", "files/frameworks/youth.inspect", "index.html"], Listing("out/studio"));
        Assert.Equal(File.ReadAllText(Temp("site/index.html")), File.ReadAllText(Temp("out/studio/index.html")));
        Assert.Equal("The playground (3 files, 0.0 MB) is in out/studio: host it with any static web server and open index.html.\n", output);
        // Nothing is left beside it (the hidden folder it was written into is renamed into place).
        Assert.Equal(["studio"], Directory.EnumerateFileSystemEntries(Temp("out")).Select(e => Path.GetFileName(e)).ToArray());
    }

    [Fact]
    public void An_empty_folder_is_written_into()
    {
        Directory.CreateDirectory(Temp("empty"));

        Assert.Equal(InspectApp.Success, Run("site", "--out", "empty").Exit);
        Assert.Equal(3, Listing("empty").Length);
    }

    [Fact]
    public void A_folder_that_holds_files_is_replaced_only_with_force()
    {
        Write("mine/notes.txt", "my notes");

        var (exit, _, error) = Run("site", "--out", "mine");
        Assert.Equal(InspectApp.BadUsage, exit);
        Assert.Contains("inspect playground: mine already holds files; pass --force to replace the whole folder", error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Listing("mine"));

        Assert.Equal(InspectApp.Success, Run("site", "--out", "mine", "--force").Exit);
        Assert.Equal(["_framework/dotnet.js", "files/frameworks/youth.inspect", "index.html"], Listing("mine"));
    }

    [Fact]
    public void A_file_in_the_way_is_refused_and_kept()
    {
        Write("taken", "a file");

        var (exit, _, error) = Run("site", "--out", "taken", "--force");

        Assert.Equal(InspectApp.BadUsage, exit);
        Assert.Contains("taken is a file, not a folder", error, StringComparison.Ordinal);
        Assert.Equal("a file", File.ReadAllText(Temp("taken")));
    }

    [Fact]
    public void Without_the_site_beside_the_executable_it_says_so_and_writes_nothing()
    {
        var (exit, _, error) = Run("no-site", "--out", "out");

        Assert.Equal(InspectApp.InputErrors, exit);
        Assert.Contains("this inspect has no playground files beside it", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Temp("out")));
    }

    [Fact]
    public void Without_out_it_is_bad_usage()
    {
        var (exit, _, error) = Run("site");

        Assert.Equal(InspectApp.BadUsage, exit);
        Assert.Contains("inspect playground: give the folder to write", error, StringComparison.Ordinal);
    }
}
