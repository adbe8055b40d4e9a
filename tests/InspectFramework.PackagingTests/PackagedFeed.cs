using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using InspectFramework.Tests;

namespace InspectFramework.PackagingTests;

/// <summary>
/// The runtime library, the source generator and the CLI tool packed once, under a version no earlier
/// run can have used, into a folder feed in a fresh temporary folder; deleted with everything
/// restored from it when the tests end.
/// </summary>
public sealed class PackagedFeed : IDisposable
{
    public PackagedFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "inspect-packaging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);

        // A unique prerelease version: nothing cached from an earlier run (in any packages folder) can
        // stand in for the packages just made.
        Version = "0.1.0-test.g" + Guid.NewGuid().ToString("N");
        Feed = Path.Combine(Root, "feed");

        // Also an empty packages folder of its own, so the test fills no shared cache and depends on none.
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
            ["DOTNET_ROOT"] = DotnetRoot,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["MSBUILDDISABLENODEREUSE"] = "1",
        };

        try
        {
            foreach (var project in new[] { "InspectFramework.Runtime", "InspectFramework.SourceGenerator", "InspectFramework.Cli" })
            {
                Pack(project);
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string Root { get; }

    public string Version { get; }

    public string Feed { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public static string RepositoryRoot => RepositoryPaths.Root;

    /// <summary>The .NET installation running the tests, and so the builds and the installed tool.</summary>
    public static string DotnetRoot { get; } = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    /// <summary>Debug or Release: the configuration the tests (and so the packed projects) were built in.</summary>
    public static string Configuration { get; } =
        typeof(PackagedFeed).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public string Package(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>Runs <c>dotnet</c> in <paramref name="directory"/> with the feed's packages folder.</summary>
    public ProcessResult Dotnet(string directory, params string[] arguments) => DotnetProcess.Run("dotnet", directory, Environment, arguments);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that has not quite exited: the system clears its temp folder.
        }
    }

    private void Pack(string project)
    {
        // --no-build: the projects were built with the tests (the project references), so the packages
        // hold what was built and tested; and no build writes into the repository while other test
        // assemblies run from it. The nuspec and the tool's publish folder go to the temporary folder too.
        var result = Dotnet(
            RepositoryRoot,
            "pack",
            Path.Combine(RepositoryRoot, "src", project, project + ".csproj"),
            "-c", Configuration,
            "--no-build",
            "-o", Feed,
            "-p:Version=" + Version,
            "-p:NuspecOutputPath=" + Path.Combine(Root, "nuspec", project) + Path.DirectorySeparatorChar,
            "-p:PublishDir=" + Path.Combine(Root, "publish", project) + Path.DirectorySeparatorChar);
        if (result.ExitCode != 0 || !File.Exists(Package(project)))
        {
            throw new InvalidOperationException($"Packing {project} failed. {result.Describe()}");
        }
    }
}
