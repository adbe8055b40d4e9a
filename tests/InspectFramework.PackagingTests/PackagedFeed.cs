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
            foreach (var project in new[] { "InspectFramework.Runtime", "InspectFramework.SourceGenerator" })
            {
                Pack(project, project);
            }

            PackTool();
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

    /// <summary>The one platform whose Native AOT tool package is made (ToolPackageRuntimeIdentifiers in the CLI's project).</summary>
    public const string NativeRuntimeIdentifier = "linux-x64";

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

    /// <summary>
    /// The CLI is three packages (.NET 10's RID-specific tools): <c>InspectFramework.Cli</c> only names the
    /// package for each platform; <c>InspectFramework.Cli.any</c> is the framework-dependent build, from the
    /// tests' own build; <c>InspectFramework.Cli.linux-x64</c>, the Native AOT executable, is compiled here
    /// (about a minute on 2 cores, several under load), and only on linux-x64: Native AOT compiles for the
    /// system and processor it runs on.
    /// </summary>
    private void PackTool()
    {
        const string project = "InspectFramework.Cli";
        Pack(project, project);

        // -r any with the tests' build, which is in the folder of no runtime identifier.
        Pack(project, project + ".any", "-r", "any", "--no-build", "-p:AppendRuntimeIdentifierToOutputPath=false");

        if (RuntimeInformation.RuntimeIdentifier == NativeRuntimeIdentifier)
        {
            // As scripts/inspect publishes it (the runtime identifier set in the project, so the libraries it
            // references are not restored again for it), and in the same folders: a publish made since the
            // last change is reused.
            Pack(project, project + "." + NativeRuntimeIdentifier, "-p:InspectNativeAot=true");
        }
    }

    private void Pack(string project, string id, params string[] options)
    {
        // --no-build (except for the Native AOT build): the projects were built with the tests (the project
        // references), so the packages hold what was built and tested; and no build writes into the
        // repository's output folders while other test assemblies run from them. The nuspec and the tool's
        // publish folder go to the temporary folder too.
        string[] arguments =
        [
            "pack",
            Path.Combine(RepositoryRoot, "src", project, project + ".csproj"),
            "-c", Configuration,
            "-o", Feed,
            "-p:Version=" + Version,
            "-p:NuspecOutputPath=" + Path.Combine(Root, "nuspec", id) + Path.DirectorySeparatorChar,
            "-p:PublishDir=" + Path.Combine(Root, "publish", id) + Path.DirectorySeparatorChar,
            .. options.Length == 0 ? ["--no-build"] : options,
        ];
        var result = Dotnet(RepositoryRoot, arguments);
        if (result.ExitCode != 0 || !File.Exists(Package(id)))
        {
            throw new InvalidOperationException($"Packing {id} failed. {result.Describe()}");
        }
    }
}
