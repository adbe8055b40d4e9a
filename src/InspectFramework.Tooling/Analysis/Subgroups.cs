using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.Analysis;

/// <summary>One subgroup of the fact the cases are broken down by: "male", "yes", "2-5".</summary>
public sealed record Subgroup(string Name, string Label);

/// <summary>An integer band given with <c>--bins</c>: <see cref="Low"/> to <see cref="High"/> inclusive
/// (<see cref="High"/> null for "6+").</summary>
public sealed record IntegerBand(int Low, int? High)
{
    public bool Contains(int value) => value >= Low && (High is not { } high || value <= high);

    public string Label => High is not { } high ? $"{Low.ToString(CultureInfo.InvariantCulture)}+" : high == Low ? Low.ToString(CultureInfo.InvariantCulture) : $"{Low.ToString(CultureInfo.InvariantCulture)}-{high.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>
/// How cases are split by a fact. Each case with the fact gets a key: the member index of a
/// <c>one of</c> fact, 1 (yes) or 0 (no) for a boolean, the value of an integer, or the band index when
/// bands were given (-1 outside every band). The subgroups and their order come from <see cref="Subgroups"/>.
/// </summary>
public sealed class SubgroupFact
{
    /// <summary>Integer facts without bands get one subgroup per distinct value, up to this many.</summary>
    public const int MaxDistinctValues = 100;

    private SubgroupFact(PlanFact fact, ImmutableArray<IntegerBand> bands)
    {
        Fact = fact;
        Bands = bands;
    }

    public PlanFact Fact { get; }

    /// <summary>The bands of an integer fact (empty when each value is its own subgroup).</summary>
    public ImmutableArray<IntegerBand> Bands { get; }

    public bool IsBanded => !Bands.IsDefaultOrEmpty;

    /// <summary>True when the subgroups are the distinct values seen, known only after reading.</summary>
    public bool HasOpenValues => Fact.Kind == FactKind.Integer && !IsBanded;

    /// <summary>
    /// The fact named <paramref name="name"/>, split by <paramref name="bins"/> ("0,1,2-5,6+", integer
    /// facts only); null with a sentence saying what to do when the name or the bands are wrong.
    /// </summary>
    public static SubgroupFact? Create(ScoringPlan plan, string name, string? bins, out string? error)
    {
        var index = plan.FindFact(name);
        if (index < 0)
        {
            var suggestion = NameSuggester.Suggest(name, plan.Facts.Select(f => f.Name));
            var analysis = plan.Facts.Where(f => f.ForAnalysis).Select(f => f.Name).ToList();
            error = $"the framework has no fact called '{name}'."
                + NameSuggester.DidYouMean(suggestion)
                + (analysis.Count > 0 ? $" Its facts for analysis: {string.Join(", ", analysis)}." : string.Empty);
            return null;
        }

        var fact = plan.Facts[index];
        if (bins is null)
        {
            error = null;
            return new SubgroupFact(fact, ImmutableArray<IntegerBand>.Empty);
        }

        if (fact.Kind != FactKind.Integer)
        {
            error = $"--bins bands an integer fact, and '{name}' is {(fact.Kind == FactKind.Boolean ? "a boolean" : "a 'one of'")} fact: its subgroups are its values. Leave out --bins.";
            return null;
        }

        var bands = ParseBands(bins, out error);
        return bands is null ? null : new SubgroupFact(fact, bands.Value);
    }

    /// <summary>The subgroup key of a fact value (see the class summary).</summary>
    public int KeyOf(int value)
    {
        if (!IsBanded)
        {
            return value;
        }

        for (var i = 0; i < Bands.Length; i++)
        {
            if (Bands[i].Contains(value))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The subgroups in report order, with their keys; <paramref name="seenValues"/> are the
    /// distinct values of an integer fact without bands.</summary>
    public ImmutableArray<(int Key, Subgroup Group)> Subgroups(IEnumerable<int> seenValues)
    {
        switch (Fact.Kind)
        {
            case FactKind.Enumeration:
                return Fact.Members.Select((m, i) => (i, new Subgroup(m, Fact.MemberLabels[i]))).ToImmutableArray();
            case FactKind.Boolean:
                // As the published tables list them: yes first.
                return ImmutableArray.Create((1, new Subgroup("yes", "Yes")), (0, new Subgroup("no", "No")));
            default:
                if (IsBanded)
                {
                    return Bands.Select((b, i) => (i, new Subgroup(b.Label, b.Label))).ToImmutableArray();
                }

                return seenValues.OrderBy(v => v).Select(v => (v, new Subgroup(v.ToString(CultureInfo.InvariantCulture), v.ToString(CultureInfo.InvariantCulture)))).ToImmutableArray();
        }
    }

    private static ImmutableArray<IntegerBand>? ParseBands(string bins, out string? error)
    {
        const string Example = "Write the bands in order, separated by commas, each a value (1), a range (2-5) or an open top (6+), for example --bins 0,1,2-5,6+.";
        var bands = ImmutableArray.CreateBuilder<IntegerBand>();
        foreach (var raw in bins.Split(','))
        {
            var part = raw.Trim();
            IntegerBand? band = null;
            if (part.EndsWith("+", StringComparison.Ordinal) && TryInt(part.Substring(0, part.Length - 1), out var open))
            {
                band = new IntegerBand(open, null);
            }
            else if (part.IndexOf('-', 1) is var dash && dash > 0 && TryInt(part.Substring(0, dash), out var low) && TryInt(part.Substring(dash + 1), out var high) && low <= high)
            {
                band = new IntegerBand(low, high);
            }
            else if (TryInt(part, out var single))
            {
                band = new IntegerBand(single, single);
            }

            if (band is null)
            {
                error = $"--bins: '{part}' is not a band. {Example}";
                return null;
            }

            if (bands.Count > 0 && (bands[^1].High is not { } previousHigh || band.Low <= previousHigh))
            {
                error = $"--bins: band '{band.Label}' overlaps or comes before '{bands[^1].Label}'. {Example}";
                return null;
            }

            bands.Add(band);
        }

        error = null;
        return bands.ToImmutable();
    }

    private static bool TryInt(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
