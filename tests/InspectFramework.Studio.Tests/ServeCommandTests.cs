using System;
using System.IO;
using InspectFramework.Cli;

namespace InspectFramework.Studio.Tests;

/// <summary><c>inspect serve</c>'s refusals, before it listens: exit 2 and one line saying why.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("no-such-folder", "inspect: no-such-folder is not a folder; name the folder of frameworks to serve.")]
    [InlineData(". --host example.org", "inspect: --host example.org is not an IP address (for example 127.0.0.1, or 0.0.0.0 for every interface).")]
    [InlineData(". --port 70000", "inspect: --port is a port number, 0 to 65535.")]
    public void Bad_usage_is_refused_with_exit_2_before_anything_listens(string arguments, string message)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = InspectApp.Run(["serve", .. arguments.Split(' ')], stdout, stderr, Path.GetTempPath());

        Assert.Equal(InspectApp.BadUsage, exit);
        Assert.Equal(string.Empty, stdout.ToString());
        Assert.StartsWith(message + Environment.NewLine, stderr.ToString(), StringComparison.Ordinal);
    }
}
