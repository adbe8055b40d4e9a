using System.IO;

namespace InspectFramework.LanguageServer.Tests.Infrastructure;

/// <summary>Finds the repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

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
