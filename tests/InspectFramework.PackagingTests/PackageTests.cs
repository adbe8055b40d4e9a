using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace InspectFramework.PackagingTests;

/// <summary>
/// The packages are complete: a fresh project outside the repository, with nothing but a package
/// reference to the generator, gets typed code from a framework file, reports framework errors at their
/// line, and runs; the CLI installs as the <c>inspect</c> tool, native on linux-x64 and framework-dependent
/// elsewhere, and checks frameworks.
/// </summary>
public sealed class PackageTests : IClassFixture<PackagedFeed>
{
    private const string GeneratorId = "InspectFramework.SourceGenerator";
    private const string CliId = "InspectFramework.Cli";
    private const string FrameworkFile = "hmip-youth-2019.inspect";

    private readonly PackagedFeed _feed;

    public PackageTests(PackagedFeed feed) => _feed = feed;

    private static string Framework => File.ReadAllText(Path.Combine(PackagedFeed.RepositoryRoot, "frameworks", FrameworkFile));

    [Fact]
    public void Generator_package_holds_the_analyzer_with_every_assembly_it_loads_and_the_props_and_depends_on_the_runtime_package()
    {
        using var package = ZipFile.OpenRead(_feed.Package(GeneratorId));
        var files = package.Entries.Select(e => e.FullName).Where(IsContent).OrderBy(n => n, StringComparer.Ordinal);

        // No lib/: the consumer compiles against the runtime library only.
        Assert.Equal(
            new[]
            {
                // Ordinal order: upper case before lower case.
                "README.md",
                "analyzers/dotnet/cs/Antlr4.Runtime.Standard.dll",
                "analyzers/dotnet/cs/Handlebars.dll",
                "analyzers/dotnet/cs/InspectFramework.Compiler.dll",
                "analyzers/dotnet/cs/InspectFramework.Grammar.dll",
                "analyzers/dotnet/cs/InspectFramework.Runtime.dll",
                "analyzers/dotnet/cs/InspectFramework.SourceGenerator.dll",
                "build/InspectFramework.SourceGenerator.props",
            },
            files);

        var dependencies = Nuspec(package).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => $"{(string?)e.Attribute("id")} {(string?)e.Attribute("version")}");
        Assert.Equal(new[] { "InspectFramework.Runtime " + _feed.Version }, dependencies);
    }

    [Fact]
    public void Every_assembly_the_packaged_generator_references_is_in_the_package_or_supplied_by_the_compiler_host()
    {
        // What the compiler of `dotnet build` offers a generator besides its own folder: the compiler's
        // assemblies (Roslyn) and the shared framework it runs on. A reference found nowhere, or only in
        // an older version, would fail the first time the generator reaches the code that uses it, which
        // a successful build need not show (an error path, say).
        var sdk = _feed.Dotnet(_feed.Root, "--version");
        Assert.True(sdk.ExitCode == 0, sdk.Describe());
        var compiler = Path.Combine(PackagedFeed.DotnetRoot, "sdk", sdk.Output.Trim(), "Roslyn", "bincore");
        Assert.True(File.Exists(Path.Combine(compiler, "Microsoft.CodeAnalysis.dll")), "The SDK's compiler was not found at " + compiler);

        var analyzers = Path.Combine(_feed.Root, "unpacked-generator");
        ZipFile.ExtractToDirectory(_feed.Package(GeneratorId), analyzers);
        analyzers = Path.Combine(analyzers, "analyzers", "dotnet", "cs");

        var available = new[] { analyzers, compiler, RuntimeEnvironment.GetRuntimeDirectory() }
            .SelectMany(directory => Directory.GetFiles(directory, "*.dll"))
            .Select(TryGetName)
            .OfType<AssemblyName>()
            .ToList();

        var missing = new List<string>();
        foreach (var file in Directory.GetFiles(analyzers, "*.dll").OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (var reference in References(file))
            {
                if (!available.Any(a => string.Equals(a.Name, reference.Name, StringComparison.OrdinalIgnoreCase) && a.Version >= reference.Version))
                {
                    missing.Add($"{Path.GetFileName(file)} -> {reference.Name} {reference.Version}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Not in the package nor supplied by the compiler host:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void A_fresh_project_with_only_the_generator_package_builds_and_validates_and_scores_with_the_generated_types()
    {
        var app = CreateConsumer("clean", Framework);

        Restore(app);
        var build = _feed.Dotnet(app, "build", "--no-restore", "-c", "Release", "-p:UseSharedCompilation=false");
        Assert.True(build.ExitCode == 0, build.Describe());

        // The runtime library came with the generator, as its dependency, from the feed.
        var assets = File.ReadAllText(Path.Combine(app, "obj", "project.assets.json"));
        Assert.Contains($"\"InspectFramework.Runtime/{_feed.Version}\"", assets, StringComparison.Ordinal);

        // The program is samples/Consumer's, which exits 1 when a case is refused or nothing is scored.
        var run = _feed.Dotnet(app, Path.Combine(app, "bin", "Release", "net10.0", "PackagedConsumer.dll"));
        Assert.True(run.ExitCode == 0, run.Describe());
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        Assert.True(lines.Count == 15, run.Describe());

        // From the framework file: its title, version and content hash.
        Assert.Matches(@"^Inspection of youth offending services \(revised wording\) 2019\.1 \(sha256:[0-9a-f]{64}\)$", lines[0]);

        // An empty court form: facts are unset until set, so its first finding is the disposal, which
        // decides whether the custody prompt 2.2.1(h) applies (IV0108), before the unanswered items.
        Assert.Matches(@"^Incomplete case C-000: [1-9][0-9]* finding\(s\), first: case C-000: fact disposal: IV0108: Fact 'disposal' is not recorded, but it decides whether prompt 2\.2\.1\(h\) applies", lines[1]);

        // 1.1 to 1.4 judged Good (2 points each). Domain 2 from three court cases, the third answered
        // "no" wherever it may be: every key question 2 of 3 = 67%, Good (65% to 79%, 2 points).
        // Domain 3 from two out-of-court cases answered "yes": 100%, Outstanding (80% to 100%, 3 points).
        // 4 x 2 + 4 x 2 + 4 x 3 = 28 of 36 points, in the overall band Good (19 to 30).
        var ratings = new[] { "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4" }.Select(n => (n, "Good"))
            .Concat(new[] { "3.1", "3.2", "3.3", "3.4" }.Select(n => (n, "Outstanding")));
        foreach (var ((number, rating), line) in ratings.Zip(lines.Skip(2)))
        {
            Assert.Matches($@"^  {Regex.Escape(number)} [a-z_]+: {rating}$", line);
        }

        Assert.Equal("Overall: Good (28 of 36 points)", lines[14]);
    }

    [Fact]
    public void A_framework_error_fails_dotnet_build_of_the_packaged_consumer_at_its_line_and_column_in_the_framework_file()
    {
        var (broken, line, column) = Broken();
        var app = CreateConsumer("broken", broken);

        Restore(app);
        var build = _feed.Dotnet(app, "build", "--no-restore", "-c", "Release", "-p:UseSharedCompilation=false");

        Assert.True(build.ExitCode != 0, build.Describe());
        var at = new Regex($@"{Regex.Escape(Path.Combine(app, FrameworkFile))}\({line},{column}[,)][^\n]*: error IF0109: ");
        Assert.True(at.IsMatch(build.Output), $"No IF0109 at {FrameworkFile}({line},{column}) in the build output. {build.Describe()}");
    }

    [Fact]
    public void The_cli_package_points_to_the_native_package_on_linux_x64_and_to_the_framework_dependent_one_elsewhere()
    {
        using var package = ZipFile.OpenRead(_feed.Package(CliId));
        var settings = package.GetEntry("tools/any/any/DotnetToolSettings.xml");
        Assert.NotNull(settings);
        using var stream = settings.Open();
        var document = XDocument.Load(stream);
        Assert.Equal("inspect", (string?)document.Descendants("Command").Single().Attribute("Name"));
        var packages = document.Descendants("RuntimeIdentifierPackage")
            .Select(p => $"{(string?)p.Attribute("RuntimeIdentifier")} {(string?)p.Attribute("Id")}");
        Assert.Equal(new[] { $"{PackagedFeed.NativeRuntimeIdentifier} {CliId}.{PackagedFeed.NativeRuntimeIdentifier}", $"any {CliId}.any" }, packages);

        // Only the pointer: the tool itself is in the package for the platform.
        Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith(".dll", StringComparison.Ordinal));
    }

    [Fact]
    public void The_cli_installs_from_the_feed_as_one_native_executable_on_linux_x64_and_checks_frameworks()
    {
        if (RuntimeInformation.RuntimeIdentifier != PackagedFeed.NativeRuntimeIdentifier)
        {
            // Native AOT compiles for the platform it runs on: elsewhere the feed has no native package.
            return;
        }

        // What `dotnet tool install InspectFramework.Cli` chooses here, as a user would type it.
        var tools = Install(CliId, "native");

        // The store keeps the package for this platform inside the pointer's folder: the command is the one
        // file of that name, in the package's linux-x64 folder, a native executable with no assembly beside it.
        var files = Directory.GetFiles(Path.Combine(tools, ".store"), "*", SearchOption.AllDirectories);
        var executable = Assert.Single(files, f => Path.GetFileName(f) == "inspect");
        var folder = Path.DirectorySeparatorChar + PackagedFeed.NativeRuntimeIdentifier + Path.DirectorySeparatorChar;
        Assert.True(executable.Contains(folder, StringComparison.Ordinal), $"{executable} is not from the {PackagedFeed.NativeRuntimeIdentifier} package.");
        Assert.True(IsElf(executable), $"{executable} is not a native executable.");
        Assert.DoesNotContain(files, f => f.EndsWith(".dll", StringComparison.Ordinal));

        ChecksFrameworks(Path.Combine(tools, "inspect"));
    }

    [Fact]
    public void The_framework_dependent_cli_package_installs_and_checks_frameworks()
    {
        // What every platform without a native package gets: the pointer names it for the `any` runtime
        // identifier (the test above), and `dotnet tool install` here would choose linux-x64, so it is
        // installed by its own name.
        var tools = Install(CliId + ".any", "any");
        var store = Path.Combine(tools, ".store", (CliId + ".any").ToLowerInvariant(), _feed.Version);
        var settings = Assert.Single(Directory.GetFiles(store, "DotnetToolSettings.xml", SearchOption.AllDirectories));
        var command = XDocument.Load(settings).Descendants("Command").Single();
        Assert.Equal("inspect.dll", (string?)command.Attribute("EntryPoint"));
        Assert.Equal("dotnet", (string?)command.Attribute("Runner"));

        ChecksFrameworks(Path.Combine(tools, "inspect"));
    }

    /// <summary>Installs a tool package from the feed into a folder of its own and returns the folder.</summary>
    private string Install(string id, string name)
    {
        // From a folder with no nuget.config of ours: the feed is reached through --add-source alone.
        var work = Directory.CreateDirectory(Path.Combine(_feed.Root, "tool-work-" + name)).FullName;
        var tools = Path.Combine(_feed.Root, "tools-" + name);
        var install = _feed.Dotnet(work, "tool", "install", id, "--tool-path", tools, "--add-source", _feed.Feed, "--version", _feed.Version);
        Assert.True(install.ExitCode == 0, install.Describe());
        return tools;
    }

    /// <summary><c>inspect check</c> exits 0 on the 2019 framework, and 1 with IF0109 at its place on a misspelt copy.</summary>
    private void ChecksFrameworks(string inspect)
    {
        var work = Directory.CreateDirectory(Path.Combine(_feed.Root, "check-" + Guid.NewGuid().ToString("N"))).FullName;
        var clean = Write(Path.Combine(work, "clean", FrameworkFile), Framework);
        var check = DotnetProcess.Run(inspect, work, _feed.Environment, "check", clean);
        Assert.True(check.ExitCode == 0, check.Describe());

        var (text, line, column) = Broken();
        var broken = Write(Path.Combine(work, "broken", FrameworkFile), text);
        check = DotnetProcess.Run(inspect, work, _feed.Environment, "check", broken);
        Assert.True(check.ExitCode == 1, check.Describe());
        Assert.True(check.Output.Contains($"{broken}({line},{column}): error IF0109: ", StringComparison.Ordinal), check.Describe());
    }

    private static bool IsElf(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var file = File.OpenRead(path);
        return file.Read(magic) == 4 && magic.SequenceEqual("\u007fELF"u8);
    }

    /// <summary>The 2019 framework with one misspelt fact in a condition (IF0109), and where it is (1-based).</summary>
    private static (string Text, int Line, int Column) Broken()
    {
        const string condition = "when identifiable_victim {";
        var text = Framework;
        var at = text.IndexOf(condition, StringComparison.Ordinal);
        Assert.True(at > 0, "The framework no longer has the condition this test misspells.");
        var name = at + "when ".Length;
        var line = text.Take(name).Count(c => c == '\n') + 1;
        var column = name - (text.LastIndexOf('\n', name - 1) + 1) + 1;
        return (text.Substring(0, at) + "when identifiable_victims {" + text.Substring(at + condition.Length), line, column);
    }

    /// <summary>
    /// A new console project with the framework file in its folder (found by the package's props),
    /// samples/Consumer's program, and a package reference to the generator only, as a user would write it.
    /// </summary>
    private string CreateConsumer(string name, string framework)
    {
        var app = Path.Combine(_feed.Root, name, "PackagedConsumer");
        Write(Path.Combine(app, FrameworkFile), framework);
        File.Copy(Path.Combine(PackagedFeed.RepositoryRoot, "samples", "Consumer", "Program.cs"), Path.Combine(app, "Program.cs"));
        Write(Path.Combine(app, "PackagedConsumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Consumer</RootNamespace>
                <InspectFrameworkNamespace>Consumer</InspectFrameworkNamespace>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{GeneratorId}" Version="{_feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        Write(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{_feed.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);

        // MSBuild looks for these in every folder above the project: empty ones here stop the search,
        // so nothing above the temporary folder can change the build.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            Write(Path.Combine(app, file), "<Project />\n");
        }

        return app;
    }

    private void Restore(string app)
    {
        var restore = _feed.Dotnet(app, "restore");
        Assert.True(restore.ExitCode == 0, restore.Describe());
    }

    private static string Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Every_package_has_a_readme_a_licence_a_project_url_tags_and_symbols_for_its_assemblies()
    {
        var expected = new List<string> { "InspectFramework.Runtime", GeneratorId, CliId, CliId + ".any" };
        if (RuntimeInformation.RuntimeIdentifier == PackagedFeed.NativeRuntimeIdentifier)
        {
            expected.Add(CliId + "." + PackagedFeed.NativeRuntimeIdentifier);
        }

        foreach (var id in expected)
        {
            using var package = ZipFile.OpenRead(_feed.Package(id));
            var metadata = Nuspec(package).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            XElement? Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);

            // The readme is in the package, and is the package's own (it names the package).
            Assert.Equal("README.md", Field("readme")?.Value);
            using (var reader = new StreamReader(package.GetEntry("README.md")!.Open()))
            {
                Assert.Contains("InspectFramework", reader.ReadLine() ?? string.Empty, StringComparison.Ordinal);
            }

            var licence = Field("license");
            Assert.Equal(("expression", "MIT"), ((string?)licence?.Attribute("type"), licence?.Value));
            Assert.Equal("https://github.com/inspectframework/inspectframework", Field("projectUrl")?.Value);
            Assert.Equal("https://github.com/inspectframework/inspectframework", (string?)Field("repository")?.Attribute("url"));
            Assert.Contains("inspection", (Field("tags")?.Value ?? string.Empty).Split(' '));
            Assert.False(string.IsNullOrWhiteSpace(Field("description")?.Value), id + ": no description");

            // Symbols for our own code: embedded in the assembly, or a .pdb (a native executable's .dbg) beside it.
            var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            foreach (var entry in package.Entries.Where(e => IsOwnBinary(e.FullName)))
            {
                var beside = Path.ChangeExtension(entry.FullName, entry.FullName.EndsWith(".dll", StringComparison.Ordinal) ? ".pdb" : ".dbg");
                Assert.True(entries.Contains(beside) || HasEmbeddedPdb(entry), $"{id}: {entry.FullName} has no symbols (embedded, or {beside})");
            }
        }

        static bool IsOwnBinary(string entry)
        {
            var name = entry.Substring(entry.LastIndexOf('/') + 1);
            return name == "inspect" || name == "inspect.dll" || (name.StartsWith("InspectFramework.", StringComparison.Ordinal) && name.EndsWith(".dll", StringComparison.Ordinal));
        }

        static bool HasEmbeddedPdb(ZipArchiveEntry entry)
        {
            if (!entry.FullName.EndsWith(".dll", StringComparison.Ordinal))
            {
                return false;
            }

            using var buffer = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(buffer);
            }

            buffer.Position = 0;
            using var pe = new PEReader(buffer);
            return pe.ReadDebugDirectory().Any(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        }
    }

    private static bool IsContent(string entry) =>
        !entry.StartsWith("_rels/", StringComparison.Ordinal)
        && !entry.StartsWith("package/", StringComparison.Ordinal)
        && entry != "[Content_Types].xml"
        && !entry.EndsWith(".nuspec", StringComparison.Ordinal);

    private static XDocument Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    private static AssemblyName? TryGetName(string path)
    {
        try
        {
            return AssemblyName.GetAssemblyName(path);
        }
        catch (BadImageFormatException)
        {
            return null; // a native library
        }
    }

    private static IEnumerable<AssemblyName> References(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(metadata.GetAssemblyReference)
            .Select(r => new AssemblyName(metadata.GetString(r.Name)) { Version = r.Version })
            .ToList();
    }
}
