using System.IO;

namespace InspectFramework.Tests;

/// <summary>Finds folders of the repository from the test's output directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Frameworks => Path.Combine(Root, "frameworks");

    public static string Tests => Path.Combine(Root, "tests", "InspectFramework.Tests");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "InspectFramework.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("InspectFramework.sln not found above the test output folder.");
    }
}
