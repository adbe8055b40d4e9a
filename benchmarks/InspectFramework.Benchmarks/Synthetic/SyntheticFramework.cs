using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace InspectFramework.Synthetic;

/// <summary>
/// Writes a valid framework shaped like the youth offending framework (3 domains, 12 standards:
/// 4 rated by judgement in domain 1, 8 computed from key questions; 3 key questions each, 2 for
/// 3.4; about 4 prompts per case key question, with conditions on boolean, enumeration, integer and
/// derived facts; 12 facts, one scale, two band tables, discretion, overall rule). Scale N repeats
/// the two case domains N times (domains 2 .. 2N+1) with unique domain names and wording, and sizes
/// the overall band table to the reachable points, so the text is N times the youth framework's.
/// </summary>
/// <remarks>
/// Correct by construction for every rule in docs/language.md, so it must check with no diagnostic
/// at all: numbers in sequence under their parent, band tables exact, every fact used, no wording
/// repeated within a standard or key question, no condition contradicting or repeating an enclosing
/// one. This file is compiled into the benchmarks and, linked, into the tests that keep it so.
/// </remarks>
internal static class SyntheticFramework
{
    public const int JudgementStandardCount = 4;

    /// <summary>Computed standards in one copy of the case domains (2.1-2.4 and 3.1-3.4).</summary>
    public const int CaseStandardsPerCopy = 8;

    /// <summary>Recorded and derived facts, including those kept for analysis only.</summary>
    public const int FactCount = 12;

    public const int MaxPointsPerStandard = 3;

    public static int DomainCount(int scale) => 1 + (2 * CheckScale(scale));

    public static int StandardCount(int scale) => JudgementStandardCount + (CaseStandardsPerCopy * CheckScale(scale));

    public static int MaxPoints(int scale) => StandardCount(scale) * MaxPointsPerStandard;

    /// <summary>The framework text at <paramref name="scale"/> times the youth framework (1 or more).</summary>
    public static string Generate(int scale)
    {
        CheckScale(scale);
        var w = new Writer();
        WriteHeader(w, scale);
        WriteRatingRules(w, scale);
        WriteCaseTypesAndFacts(w);
        WriteOrganisationalDomain(w);
        for (var copy = 1; copy <= scale; copy++)
        {
            WriteCaseDomain(w, Court, 2 * copy, copy);
            WriteCaseDomain(w, OutOfCourt, (2 * copy) + 1, copy);
        }

        return w.ToString();
    }

    private static int CheckScale(int scale) =>
        scale >= 1 ? scale : throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale is a whole number from 1.");

    // ---- declarations before the domains -----------------------------------------------------------

    private static void WriteHeader(Writer w, int scale)
    {
        w.Line($"// Synthetic framework at {Invariant(scale)}x the youth offending framework, for benchmarks and tests.");
        w.Open($"framework synthetic_youth_x{Invariant(scale)}");
        w.Line($"title {Quote($"Synthetic inspection of youth offending services ({Invariant(scale)}x)")}");
        w.Line("version \"2019.1\"");
        w.Line("publisher \"InspectFramework benchmarks\"");
        w.Line("effective 2019-06-01");
        w.Line("guidance \"Generated: the case domains are repeated to measure how the compiler scales.\"");
        w.Close();
        w.Blank();
        w.Line("source annexe_2019 \"Synthetic annexe modelled on the 2019 youth offending standards\"");
        w.Blank();
    }

    private static void WriteRatingRules(Writer w, int scale)
    {
        w.Open("scale rating \"Rating\"");
        w.Line("level inadequate \"Inadequate\" points 0");
        w.Line("level requires_improvement \"Requires improvement\" points 1");
        w.Line("level good \"Good\" points 2");
        w.Line("level outstanding \"Outstanding\" points 3");
        w.Close();
        w.Blank();

        w.Open("bands key_question_bands \"Key question rating bands\"");
        w.Line("of percentage rounded half_up to 0 decimals");
        w.Line("inadequate 0% to 49%");
        w.Line("requires_improvement 50% to 64%");
        w.Line("good 65% to 79%");
        w.Line("outstanding 80% to 100%");
        w.Close();
        w.Blank();

        // The youth table (0-6, 7-18, 19-30, 31-36 for 12 standards) cut at the same fractions of the
        // total; the standard count (4 + 8N) is even, so every edge is a whole number.
        var standards = StandardCount(scale);
        var max = MaxPoints(scale);
        w.Open("bands overall_bands \"Overall rating bands\"");
        w.Line("of points");
        w.Line($"inadequate 0 to {Invariant(standards / 2)}");
        w.Line($"requires_improvement {Invariant((standards / 2) + 1)} to {Invariant(standards * 3 / 2)}");
        w.Line($"good {Invariant((standards * 3 / 2) + 1)} to {Invariant(standards * 5 / 2)}");
        w.Line($"outstanding {Invariant((standards * 5 / 2) + 1)} to {Invariant(max)}");
        w.Close();
        w.Blank();
        w.Line("overall rated by total points in overall_bands");
        w.Blank();

        w.Open("discretion");
        w.Line("rationale required");
        w.Line("allow requires_improvement -> good when within 5 points");
        w.Line("allow inadequate -> requires_improvement when within 5 points");
        w.Close();
        w.Blank();
    }

    private static void WriteCaseTypesAndFacts(Writer w)
    {
        w.Line("case type court \"Court disposal\"");
        w.Line("case type out_of_court \"Out-of-court disposal\"");
        w.Blank();
        w.Line("fact disposal \"Disposal\" one of {");
        w.Line("  community_resolution \"Community resolution\", youth_caution \"Youth caution\",");
        w.Line("  youth_conditional_caution \"Youth conditional caution\", referral_order \"Referral order\",");
        w.Line("  youth_rehabilitation_order \"Youth rehabilitation order\", custody \"Custody\"");
        w.Line("}");
        w.Line("fact harm_factors \"There are factors related to harm\" boolean");
        w.Line("fact identifiable_victim \"There is an identifiable victim\" boolean");
        w.Line("fact did_not_comply \"The child did not comply with the disposal\" boolean");
        w.Line("fact mappa_eligible \"The child is eligible for MAPPA\" boolean");
        w.Line("fact looked_after \"The child is looked after\" boolean");
        w.Line("fact previous_sanctions \"Number of previous sanctions\" integer");
        w.Line("fact safety_wellbeing \"Safety and wellbeing classification\" one of {");
        w.Line("  low \"Low\", medium \"Medium\", high \"High\", very_high \"Very high\"");
        w.Line("}");
        w.Line("fact risk_of_serious_harm \"Risk of serious harm classification\" one of {");
        w.Line("  low \"Low\", medium \"Medium\", high \"High\", very_high \"Very high\"");
        w.Line("}");
        w.Line("fact safety_concerns \"Safety and wellbeing concerns were identified\" = safety_wellbeing in {medium, high, very_high}");
        w.Line("fact gender \"Gender\" one of { male \"Male\", female \"Female\" } for analysis");
        w.Line("fact ethnic_group \"Ethnic group\" one of { white \"White\", black_minority_ethnic \"Black and minority ethnic\", not_recorded \"Not recorded\" } for analysis");
        w.Blank();
    }

    // ---- domain 1: organisational delivery, rated by judgement ------------------------------------

    private static readonly (string Name, string Title, string Statement, (string Name, string Wording)[] KeyQuestions)[] OrganisationalStandards =
    {
        ("governance_leadership", "Governance and leadership",
            "The governance and leadership of the YOT supports and promotes the delivery of a high-quality, personalised and responsive service for all children.",
            new[]
            {
                ("local_leadership", "Is there effective local strategic leadership, so that the YOT delivers a high-quality service?"),
                ("partnership_arrangements", "Do the partnership arrangements actively support effective service delivery?"),
                ("yot_leadership", "Does the leadership of the YOT support effective service delivery?"),
            }),
        ("staff", "Staff",
            "Staff within the YOT are empowered to deliver a high-quality, personalised and responsive service for all children.",
            new[]
            {
                ("staffing_workload", "Do staffing and workload levels support the delivery of a high-quality, personalised and responsive service?"),
                ("skills", "Do the skills of YOT staff support the delivery of a high-quality, personalised and responsive service?"),
                ("oversight", "Does the oversight of work support high-quality delivery and professional development?"),
            }),
        ("partnerships_services", "Partnerships and services",
            "A comprehensive range of high-quality services is in place, enabling personalised and responsive provision for all children.",
            new[]
            {
                ("profile", "Is there a sufficiently analysed picture of the profile of children, to support the delivery of services?"),
                ("range_of_services", "Does the YOT partnership provide the volume, range and quality of services needed?"),
                ("partner_arrangements", "Are arrangements with statutory partners, providers and other agencies established, maintained and used effectively?"),
            }),
        ("information_facilities", "Information and facilities",
            "Timely and relevant information is available and appropriate facilities are in place to support a high-quality, personalised and responsive approach for all children.",
            new[]
            {
                ("policies", "Are the necessary policies and guidance in place to enable staff to deliver a quality service?"),
                ("environment", "Does the YOT's delivery environment meet the needs of all children and enable staff to deliver a quality service?"),
                ("technology", "Do the information and communication technology arrangements support the delivery of a quality service?"),
                ("learning", "Is analysis, evidence and learning used effectively to drive improvement?"),
            }),
    };

    private static void WriteOrganisationalDomain(Writer w)
    {
        w.Open("domain 1 organisational_delivery \"Organisational delivery\"");
        for (var s = 0; s < OrganisationalStandards.Length; s++)
        {
            var standard = OrganisationalStandards[s];
            var number = $"1.{Invariant(s + 1)}";
            w.Open($"standard {number} {standard.Name} {Quote(standard.Title)}");
            w.Line($"statement {Quote(standard.Statement)}");
            w.Line("rated by judgement");
            for (var k = 0; k < standard.KeyQuestions.Length; k++)
            {
                var question = standard.KeyQuestions[k];
                w.Line($"key question {number}.{Invariant(k + 1)} {question.Name} {Quote(question.Wording)}");
            }

            w.Close();
        }

        w.Close();
        w.Blank();
    }

    // ---- case domains ------------------------------------------------------------------------------

    private sealed record PromptSpec(string Name, string Wording, string? Condition);

    private sealed record KeyQuestionSpec(string Name, string Wording, string? Condition, PromptSpec[] Prompts);

    private sealed record StandardSpec(string Name, string Title, string Statement, KeyQuestionSpec[] KeyQuestions);

    private sealed record DomainSpec(string Name, string Title, string CaseType, StandardSpec[] Standards);

    // The three lines every case standard follows; {0} is the activity ("assessment", "planning", ...).
    // Prompt conditions never use the fact of their key question's condition, so none is implied by,
    // or contradicts, the conditions it is nested in.
    private static KeyQuestionSpec[] ThreeLines(string activity, string desistance, string childSafe, string othersSafe, bool court)
    {
        string F(string format) => string.Format(CultureInfo.InvariantCulture, format, activity);
        return new[]
        {
            new KeyQuestionSpec("desistance", desistance, null, new[]
            {
                new PromptSpec("strengths", F("Does {0} focus on the child's strengths and protective factors?"), null),
                new PromptSpec("involvement", F("Are the child and their parents/carers meaningfully involved in {0}, and are their views taken into account?"), null),
                new PromptSpec("victims", F("Does {0} give sufficient attention to the needs and wishes of victims?"), "identifiable_victim"),
                new PromptSpec("previous_offending", F("Does {0} take account of the child's previous offending and response to earlier sanctions?"), "previous_sanctions > 0"),
            }),
            new KeyQuestionSpec("child_safe", childSafe, court ? null : "safety_concerns", new[]
            {
                new PromptSpec("sources", F("Does {0} draw sufficiently on available sources of information, including other assessments, and involve other agencies where appropriate?"), null),
                new PromptSpec("care_plans", F("Is {0} sufficiently aligned with other plans concerning the child, such as child protection or care plans?"), "looked_after"),
                court
                    ? new PromptSpec("custody", F("Does {0} address the child's safety and wellbeing in custody and on release?"), "disposal == custody")
                    : new PromptSpec("conditions", F("Does {0} take account of the conditions attached to the caution?"), "disposal == youth_conditional_caution"),
                court
                    ? new PromptSpec("concerns", F("Does {0} respond to the concerns identified about the child's safety and wellbeing?"), "safety_wellbeing in {high, very_high} and not looked_after")
                    : new PromptSpec("escalation", F("Does {0} set out how concerns about the child's safety will be escalated?"), "risk_of_serious_harm in {high, very_high}"),
            }),
            new KeyQuestionSpec("others_safe", othersSafe, court ? null : "harm_factors", new[]
            {
                new PromptSpec("evidence", F("Does {0} draw sufficiently on other evidence of behaviour by the child, including any assessments already completed?"), null),
                new PromptSpec("contingency", F("Does {0} give sufficient attention to contingency arrangements to manage the risks identified?"), null),
                new PromptSpec("mappa", F("Does {0} take account of MAPPA arrangements where the child is eligible?"), "mappa_eligible"),
                court
                    ? new PromptSpec("serious_harm", F("Does {0} address the child's risk of serious harm where it is high or very high?"), "risk_of_serious_harm in {high, very_high} or (harm_factors and did_not_comply)")
                    : new PromptSpec("serious_harm", F("Does {0} address the child's risk of serious harm where it is high or very high?"), "risk_of_serious_harm not in {low, medium}"),
            }),
        };
    }

    private static StandardSpec[] CommonStandards(bool court) => new[]
    {
        new StandardSpec("assessment", "Assessment",
            "Assessment is well-informed, analytical and personalised, actively involving the child and their parents/carers.",
            ThreeLines("assessment",
                "Does assessment sufficiently analyse how to support the child's desistance?",
                "Does assessment sufficiently analyse how to keep the child safe?",
                "Does assessment sufficiently analyse how to keep other people safe?", court)),
        new StandardSpec("planning", "Planning",
            "Planning is well-informed, holistic and personalised, actively involving the child and their parents/carers.",
            ThreeLines("planning",
                "Does planning focus sufficiently on supporting the child's desistance?",
                "Does planning focus sufficiently on keeping the child safe?",
                "Does planning focus sufficiently on keeping other people safe?", court)),
        new StandardSpec("implementation_delivery", "Implementation and delivery",
            "High-quality, well-focused, personalised and coordinated services are delivered, engaging the child and their parents/carers.",
            ThreeLines("service delivery",
                "Does the implementation and delivery of services effectively support the child's desistance?",
                "Does the implementation and delivery of services effectively support the safety of the child?",
                "Does the implementation and delivery of services effectively support the safety of other people?", court)),
    };

    private static readonly DomainSpec Court = new("court_disposals", "Court disposals", "court", Append(CommonStandards(court: true),
        new StandardSpec("reviewing", "Reviewing",
            "Reviewing of progress is well-informed, analytical and personalised, actively involving the child and their parents/carers.",
            ThreeLines("reviewing",
                "Does reviewing focus sufficiently on supporting the child's desistance?",
                "Does reviewing focus sufficiently on keeping the child safe?",
                "Does reviewing focus sufficiently on keeping other people safe?", court: true))));

    private static readonly DomainSpec OutOfCourt = new("out_of_court_disposals", "Out-of-court disposals", "out_of_court", Append(CommonStandards(court: false),
        new StandardSpec("joint_working", "Joint working",
            "Joint working with the police supports the delivery of high-quality, personalised and coordinated services.",
            new[]
            {
                new KeyQuestionSpec("recommendations", "Are the YOT's recommendations sufficiently well-informed, analytical and personalised to the child, supporting joint decision-making?", null, new[]
                {
                    new PromptSpec("timely", "Are recommendations made to the police in time for the decision on the disposal?", null),
                    new PromptSpec("proportionate", "Is the recommended disposal proportionate to the offence and the child's circumstances?", null),
                    new PromptSpec("victim_views", "Do the recommendations take account of the views of the victim?", "identifiable_victim"),
                    new PromptSpec("history", "Do the recommendations take account of the child's history of sanctions?", "previous_sanctions >= 2"),
                }),
                new KeyQuestionSpec("police", "Does the YOT work effectively with the police in implementing the out-of-court disposal?", null, new[]
                {
                    new PromptSpec("information", "Is information shared with the police promptly and accurately?", null),
                    new PromptSpec("outcome", "Is the police informed of the outcome of the intervention?", null),
                    new PromptSpec("non_compliance", "Is non-compliance addressed jointly with the police?", "did_not_comply"),
                    new PromptSpec("community_resolution", "Are community resolutions followed up with the police where needed?", "disposal == community_resolution"),
                }),
            })));

    private static readonly string[] PromptLetters = { "a", "b", "c", "d", "e", "f" };

    private static void WriteCaseDomain(Writer w, DomainSpec domain, int number, int copy)
    {
        // Copies keep the wording of standards and questions (as domains 2 and 3 of the youth
        // framework share theirs) but each domain has its own name and title.
        var name = copy == 1 ? domain.Name : $"{domain.Name}_{Invariant(copy)}";
        var title = copy == 1 ? domain.Title : $"{domain.Title} (sample {Invariant(copy)})";
        var domainNumber = Invariant(number);
        w.Open($"domain {domainNumber} {name} {Quote(title)} for {domain.CaseType}");
        for (var s = 0; s < domain.Standards.Length; s++)
        {
            var standard = domain.Standards[s];
            var standardNumber = $"{domainNumber}.{Invariant(s + 1)}";
            w.Open($"standard {standardNumber} {standard.Name} {Quote(standard.Title)}");
            w.Line($"statement {Quote(standard.Statement)}");
            w.Line("rated by lowest key question in key_question_bands");
            for (var k = 0; k < standard.KeyQuestions.Length; k++)
            {
                var question = standard.KeyQuestions[k];
                w.Open($"key question {standardNumber}.{Invariant(k + 1)} {question.Name} {Quote(question.Wording)}{When(question.Condition)}");
                w.Line($"provenance reconstructed annexe_2019 {Quote($"key question {standardNumber}.{Invariant(k + 1)}")}");
                w.Line("rationale required");
                for (var p = 0; p < question.Prompts.Length; p++)
                {
                    var prompt = question.Prompts[p];
                    w.Line($"prompt ({PromptLetters[p]}) {prompt.Name} {Quote(prompt.Wording)}{When(prompt.Condition)}");
                }

                w.Close();
            }

            w.Close();
        }

        w.Close();
        w.Blank();
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static T[] Append<T>(T[] items, T last)
    {
        var result = new T[items.Length + 1];
        Array.Copy(items, result, items.Length);
        result[items.Length] = last;
        return result;
    }

    private static string When(string? condition) => condition is null ? string.Empty : " when " + condition;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    // The wording above holds no quote or backslash; escaping keeps any later edit valid all the same.
    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Indented lines with LF endings, so the output is the same on every platform.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private int _depth;

        public void Line(string line) => _text.Append(' ', 2 * _depth).Append(line).Append('\n');

        public void Blank() => _text.Append('\n');

        public void Open(string header)
        {
            Line(header + " {");
            _depth++;
        }

        public void Close()
        {
            _depth--;
            Line("}");
        }

        public override string ToString() => _text.ToString();
    }
}
