using System.Collections.Generic;

namespace InspectFramework.Tests.Infrastructure;

/// <summary>
/// The figures the inspectorate published, copied once from the reports (never from the code's
/// output) for every test that reproduces them: the evaluator's golden tests and the generated
/// scorer's. Luton: seed 003 (ratings table, Annexe 2); Sefton: seed 004 (ratings, Annex 2).
/// </summary>
internal static class PublishedResults
{
    private const string I = "Inadequate";
    private const string RI = "Requires improvement";
    private const string G = "Good";
    private const string O = "Outstanding";

    /// <summary>Luton (May 2020), page "Ratings": score 16/36, overall Requires improvement.</summary>
    public static readonly IReadOnlyDictionary<string, string> LutonRatings = new Dictionary<string, string>
    {
        ["1.1"] = RI, ["1.2"] = G, ["1.3"] = G, ["1.4"] = O,
        ["2.1"] = G, ["2.2"] = I, ["2.3"] = RI, ["2.4"] = G,
        ["3.1"] = I, ["3.2"] = I, ["3.3"] = G, ["3.4"] = RI,
    };

    /// <summary>Luton Annexe 2, "Rating and % yes", domains 2 and 3; 3.4.2 is "Not applicable for
    /// the cases inspected" (null).</summary>
    public static readonly IReadOnlyDictionary<string, decimal?> LutonPercentages = new Dictionary<string, decimal?>
    {
        ["2.1.1"] = 95, ["2.1.2"] = 71, ["2.1.3"] = 62,
        ["2.2.1"] = 86, ["2.2.2"] = 63, ["2.2.3"] = 42,
        ["2.3.1"] = 85, ["2.3.2"] = 67, ["2.3.3"] = 61,
        ["2.4.1"] = 90, ["2.4.2"] = 88, ["2.4.3"] = 69,
        ["3.1.1"] = 87, ["3.1.2"] = 67, ["3.1.3"] = 40,
        ["3.2.1"] = 80, ["3.2.2"] = 46, ["3.2.3"] = 44,
        ["3.3.1"] = 80, ["3.3.2"] = 62, ["3.3.3"] = 67,
        ["3.4.1"] = 53, ["3.4.2"] = null,
    };

    /// <summary>Sefton (2019), ratings: score 12/36, overall Requires improvement.</summary>
    public static readonly IReadOnlyDictionary<string, string> SeftonRatings = new Dictionary<string, string>
    {
        ["1.1"] = RI, ["1.2"] = G, ["1.3"] = RI, ["1.4"] = RI,
        ["2.1"] = RI, ["2.2"] = I, ["2.3"] = G, ["2.4"] = RI,
        ["3.1"] = I, ["3.2"] = I, ["3.3"] = RI, ["3.4"] = G,
    };

    /// <summary>Sefton Annex 2: % yes per key question.</summary>
    public static readonly IReadOnlyDictionary<string, decimal> SeftonPercentages = new Dictionary<string, decimal>
    {
        ["2.1.1"] = 67, ["2.1.2"] = 54, ["2.1.3"] = 71,
        ["2.2.1"] = 88, ["2.2.2"] = 43, ["2.2.3"] = 73,
        ["2.3.1"] = 83, ["2.3.2"] = 65, ["2.3.3"] = 77,
        ["2.4.1"] = 79, ["2.4.2"] = 59, ["2.4.3"] = 61,
        ["3.1.1"] = 60, ["3.1.2"] = 20, ["3.1.3"] = 20,
        ["3.2.1"] = 53, ["3.2.2"] = 40, ["3.2.3"] = 50,
        ["3.3.1"] = 60, ["3.3.2"] = 60, ["3.3.3"] = 75,
        ["3.4.1"] = 73, ["3.4.2"] = 82,
    };
}
