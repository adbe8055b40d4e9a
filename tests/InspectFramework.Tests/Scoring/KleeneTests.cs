using InspectFramework.Runtime;

namespace InspectFramework.Tests.Scoring;

/// <summary>The one meaning of a condition's connectives and comparisons, in the runtime.</summary>
public sealed class KleeneTests
{
    private const Tri F = Tri.False;
    private const Tri T = Tri.True;
    private const Tri U = Tri.Unknown;

    // Kleene's strong logic, written out: left, right, and, or.
    public static readonly TheoryData<Tri, Tri, Tri, Tri> Table = new()
    {
        { F, F, F, F }, { F, T, F, T }, { F, U, F, U },
        { T, F, F, T }, { T, T, T, T }, { T, U, U, T },
        { U, F, F, U }, { U, T, U, T }, { U, U, U, U },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void And_and_or_follow_the_truth_table(Tri left, Tri right, Tri and, Tri or)
    {
        Assert.Equal(and, Kleene.And(left, right));
        Assert.Equal(or, Kleene.Or(left, right));
    }

    [Theory]
    [InlineData(F, T)]
    [InlineData(T, F)]
    [InlineData(U, U)]
    public void Not_leaves_unknown_unknown(Tri value, Tri not) => Assert.Equal(not, Kleene.Not(value));

    [Theory]
    [InlineData(Comparison.Equal, 2, 2, T)]
    [InlineData(Comparison.NotEqual, 2, 2, F)]
    [InlineData(Comparison.Less, 1, 2, T)]
    [InlineData(Comparison.LessOrEqual, 3, 2, F)]
    [InlineData(Comparison.Greater, 3, 2, T)]
    [InlineData(Comparison.GreaterOrEqual, 1, 2, F)]
    public void A_comparison_of_known_numbers_is_true_or_false(Comparison comparison, long left, long right, Tri expected)
    {
        Assert.Equal(expected, Kleene.Compare(comparison, left, true, right, true));
        Assert.Equal(U, Kleene.Compare(comparison, left, false, right, true));
        Assert.Equal(U, Kleene.Compare(comparison, left, true, right, false));
    }
}
