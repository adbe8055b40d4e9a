using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using InspectFramework.Compiler;

namespace InspectFramework.Studio.Files;

/// <summary>
/// A file as it is at git's HEAD, for "changes against HEAD": <c>git show HEAD:./name</c> run in the
/// file's folder, with an argument list (never a shell), no prompt, and a time limit. Null when git is
/// not installed, the folder is not in a repository, or HEAD has no such file.
/// </summary>
internal static class GitHead
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task<byte[]?> ReadAsync(string fullPath)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = Path.GetDirectoryName(fullPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add("show");
        start.ArgumentList.Add("HEAD:./" + Path.GetFileName(fullPath));
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return null; // git is not installed
        }

        using (process)
        {
            process.StandardInput.Close();
            using var output = new MemoryStream();
            var reading = process.StandardOutput.BaseStream.CopyToAsync(output);
            var draining = process.StandardError.ReadToEndAsync();
            try
            {
                await process.WaitForExitAsync().WaitAsync(Patience).ConfigureAwait(false);
                await Task.WhenAll(reading, draining).WaitAsync(Patience).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 && output.Length <= FrameworkCompilation.MaxFileBytes ? output.ToArray() : null;
        }
    }
}
