using System.Threading;
using InspectFramework.Fuzzing.Generated;
using InspectFramework.Tests.Infrastructure;

namespace InspectFramework.Tests.Emit;

/// <summary>
/// Generated profiles derive their derived facts one after another, in the model's derived-fact
/// order, never by one property calling the next: a long chain of derived facts (which the checker
/// accepts) must not overflow the stack of whoever reads one.
/// </summary>
public sealed class DerivedFactChainEmitTests
{
    // Long enough that one stack frame per link overflows the small stack given below.
    private const int Length = 20_000;

    [Fact]
    public void A_long_chain_of_derived_facts_is_read_without_recursion()
    {
        using var code = GeneratedAssembly.FromText(DerivedFactChain.Text(Length));
        var results = new object?[2];
        System.Exception? failure = null;

        // 256 KB of stack: plenty for reading a fact, far too little for 20,000 nested getters.
        var reader = new Thread(
            () =>
            {
                try
                {
                    var profile = code.New("CourtProfile");
                    GeneratedCode.Call(profile, "TrySetFact", "base", true);
                    results[0] = GeneratedCode.Get(profile, "D0");
                    GeneratedCode.Call(profile, "TrySetFact", "base", false);
                    results[1] = GeneratedCode.Get(profile, "D0");
                }
                catch (System.Exception e)
                {
                    failure = e;
                }
            },
            256 * 1024);
        reader.Start();
        reader.Join();

        Assert.Null(failure);
        Assert.Equal(new object?[] { true, false }, results);
    }
}
