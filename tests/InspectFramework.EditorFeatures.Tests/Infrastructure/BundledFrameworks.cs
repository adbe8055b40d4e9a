using System.Collections.Concurrent;
using System.IO;
using InspectFramework.Compiler;

namespace InspectFramework.EditorFeatures.Tests.Infrastructure;

/// <summary>The frameworks in the repository's frameworks/ folder, compiled once per test run.</summary>
internal static class BundledFrameworks
{
    private static readonly ConcurrentDictionary<string, FrameworkCompilation> Compiled = new();

    public static string Folder { get; } = FindFolder();

    public static FrameworkCompilation Get(string fileName) =>
        Compiled.GetOrAdd(fileName, name => FrameworkCompilation.FromBytes(Path.Combine("frameworks", name), File.ReadAllBytes(Path.Combine(Folder, name))));

    /// <summary>The offset of the <paramref name="occurrence"/>th (from 1) occurrence of <paramref name="text"/> in the file.</summary>
    public static int OffsetOf(FrameworkCompilation compilation, string text, int occurrence = 1)
    {
        var offset = -1;
        for (var i = 0; i < occurrence; i++)
        {
            offset = compilation.Source.Text.IndexOf(text, offset + 1, System.StringComparison.Ordinal);
            Assert.True(offset >= 0, $"'{text}' occurs fewer than {occurrence} times");
        }

        return offset;
    }

    private static string FindFolder()
    {
        var directory = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "InspectFramework.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("InspectFramework.sln not found above the test output folder."), "frameworks");
    }
}
