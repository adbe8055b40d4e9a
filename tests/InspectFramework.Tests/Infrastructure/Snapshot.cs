using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace InspectFramework.Tests.Infrastructure;

/// <summary>
/// A small stand-in for Verify (not installable here) that keeps its conventions: the reviewed
/// output lives in <c>name.verified.ext</c> beside the test source; a mismatch writes
/// <c>name.received.ext</c> and fails with a line diff; setting INSPECT_ACCEPT=1 (scripts/accept)
/// accepts the received output instead. Line endings are normalised to LF before comparing.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "INSPECT_ACCEPT";

    public static bool AcceptMode => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

    /// <summary>Verifies <paramref name="actual"/> against <c>{name}.verified.{extension}</c> in the calling test's folder.</summary>
    public static void Verify(string actual, string name, string extension, [CallerFilePath] string callerFile = "")
    {
        var directory = Path.GetDirectoryName(callerFile) ?? throw new InvalidOperationException("No caller file path.");
        VerifyFile(actual, Path.Combine(directory, $"{name}.verified.{extension}"));
    }

    /// <summary>Verifies against an explicit verified file path (baseline folders use this).</summary>
    public static void VerifyFile(string actual, string verifiedPath)
    {
        actual = Normalise(actual);
        var receivedPath = verifiedPath.Replace(".verified.", ".received.");
        var expected = File.Exists(verifiedPath) ? Normalise(File.ReadAllText(verifiedPath)) : null;
        if (expected == actual)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        if (AcceptMode)
        {
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        var message = new StringBuilder();
        message.AppendLine(expected is null
            ? $"No verified snapshot {verifiedPath}. Review {receivedPath}; accept with {AcceptVariable}=1 (scripts/accept)."
            : $"Snapshot {verifiedPath} differs from the received output ({receivedPath}). Review the diff; accept with {AcceptVariable}=1 (scripts/accept).");
        message.Append(Diff(expected ?? string.Empty, actual));
        throw new SnapshotMismatchException(message.ToString());
    }

    public static string Diff(string expected, string actual)
    {
        var diff = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual, ignoreWhitespace: false);
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < diff.Lines.Count && shown < 200; i++)
        {
            var line = diff.Lines[i];
            var prefix = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => null,
            };
            if (prefix is null)
            {
                continue;
            }

            builder.Append(prefix).Append(line.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?").Append(": ").AppendLine(line.Text);
            shown++;
        }

        return builder.ToString();
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n");
}

public sealed class SnapshotMismatchException : Exception
{
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}
