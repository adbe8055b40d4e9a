namespace InspectFramework.Tests.Diff;

/// <summary>A small framework with one of each construct; the crafted diff cases edit copies of it.</summary>
internal static class DiffSample
{
    public const string Base = """
        framework sample {
          title "Sample framework"
          version "1"
          publisher "Test"
          effective 2020-01-01
        }

        source seed "Seed report"

        scale rating "Rating" {
          level inadequate "Inadequate" points 0
          level requires_improvement "Requires improvement" points 1
          level good "Good" points 2
        }

        bands kq "Key question bands" {
          of percentage rounded half_up to 0 decimals
          inadequate            0% to  49%
          requires_improvement 50% to  64%
          good                 65% to 100%
        }

        bands overall_bands "Overall bands" {
          of points
          inadequate           0 to 1
          requires_improvement 2 to 4
          good                 5 to 6
        }

        overall rated by total points in overall_bands

        discretion {
          rationale required
          allow requires_improvement -> good when within 5 points
        }

        score safety "Safety"

        case type court "Court disposal"
        case type out_of_court "Out-of-court disposal"

        fact harm "There are factors related to harm" boolean
        fact victim "There is an identifiable victim" boolean
        fact disposal "Type of disposal" one of {
          referral_order "Referral order",
          custody "Custody",
          caution "Caution"
        }
        fact sanctions "Number of previous sanctions" integer for analysis
        fact gender "Gender" one of { male "Male", female "Female" } for analysis
        fact concerns "Concerns were identified" = harm or victim

        domain 1 organisation "Organisational delivery" {
          standard 1.1 leadership "Leadership" {
            statement "Leadership supports the delivery of a high-quality service for all children."
            rated by judgement

            key question 1.1.1 vision "Is there a clear vision?" {
              answers text
            }
          }
        }

        domain 2 court_work "Court disposals" for court {
          contributes to safety

          standard 2.1 assessment "Assessment" {
            statement "Assessment is well-informed, analytical and personalised."
            rated by lowest key question in kq

            key question 2.1.1 desistance "Does assessment analyse how to support the child's desistance?" {
              provenance verbatim seed "Annex 2"
              rationale required
              prompt (a) strengths "Does assessment focus on the child's strengths?"
              prompt (b) victims "Does assessment consider the wishes of victims?" when victim
              prompt (c) custody "Does resettlement planning start early?" when disposal in {custody}
            }

            key question 2.1.2 others_safety "Does assessment analyse how to keep other people safe?" when harm
          }

          standard 2.2 planning "Planning" {
            statement "Planning is well-informed and personalised."
            rated by lowest key question in kq

            key question 2.2.1 desistance "Does planning focus on desistance?" when concerns
          }
        }
        """;
}
