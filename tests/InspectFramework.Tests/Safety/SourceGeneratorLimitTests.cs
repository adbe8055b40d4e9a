using System;
using InspectFramework.Compiler;
using InspectFramework.SourceGenerator;
using InspectFramework.Tests.SourceGenerator;
using Microsoft.CodeAnalysis;

namespace InspectFramework.Tests.Safety;

/// <summary>The source generator refuses a framework file the CLI refuses (IF0008), before compiling it.</summary>
public sealed class SourceGeneratorLimitTests
{
    [Theory]
    [InlineData('x', FrameworkCompilation.MaxFileBytes + 1, FrameworkCompilation.MaxFileBytes + 1)]
    // Fewer characters than the limit, more UTF-8 bytes: the limit is the CLI's, in bytes.
    [InlineData('\u00e9', FrameworkCompilation.MaxFileBytes / 2 + 1, FrameworkCompilation.MaxFileBytes + 2)]
    public void A_framework_over_the_size_limit_is_refused_without_being_compiled(char fill, long characters, long bytes)
    {
        var compiled = false;
        var generator = new InspectFrameworkGenerator(source =>
        {
            compiled = true;
            return FrameworkCompilation.Create(source);
        });
        var driver = GeneratorHarness.Driver(new[] { new InMemoryAdditionalText("/p/huge.inspect", new string(fill, (int)characters)) }, generator: generator);

        var result = GeneratorHarness.Run(ref driver, GeneratorHarness.Compilation());

        Assert.False(compiled);
        Assert.Empty(result.GeneratedSources);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("IF0008", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.StartsWith("The file is " + bytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes;", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
