using Xunit;

namespace InspectFramework.Tests.Infrastructure;

/// <summary>
/// Tests that run commands on inputs of many megabytes run alone, after the others: beside them, on a
/// busy two-core machine, the other CLI tests' one-minute hang guards ran out.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeInput
{
    public const string Name = "Large input";
}
