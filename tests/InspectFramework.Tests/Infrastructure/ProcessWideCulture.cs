using Xunit;

namespace InspectFramework.Tests.Infrastructure;

/// <summary>
/// Tests that set the process-wide default culture (<c>CultureInfo.DefaultThreadCurrentUICulture</c>)
/// run alone, after the others: meanwhile every thread without a culture of its own takes that one,
/// and System.CommandLine's messages came out translated (in Turkish) in the CLI tests running beside
/// them. (The CLI itself runs with invariant globalization, so its messages never are.)
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideCulture
{
    public const string Name = "Process-wide culture";
}
