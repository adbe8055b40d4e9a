using System;
using System.Collections.Generic;
using System.Linq;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Syntax;

namespace InspectFramework.Compiler.Checking;

/// <summary>Pooled scores: every score is fed by some key question, every contribution can count,
/// and in a framework with scores every answer counts towards something.</summary>
internal static class ScoresCheck
{
    public static void Check(FrameworkSymbol framework, DiagnosticBag diagnostics)
    {
        var report = diagnostics.Report;

        // Scores named by a contribution that is itself reported: saying again that nothing
        // contributes to them would repeat that one mistake.
        var reported = new HashSet<ScoreSymbol>();
        foreach (var item in framework.AllItems)
        {
            foreach (var clause in item.Contributions)
            {
                var domain = DomainOf(item);
                if (!HasCaseSample(domain))
                {
                    report.ContributionOutsideCaseDomain(clause.Syntax.Span, item.DisplayName, domain.DisplayName);
                    reported.UnionWith(clause.Scores);
                }
                else if (item is PromptSymbol prompt)
                {
                    report.PromptContributes(clause.Syntax.Span, prompt.DisplayName, prompt.KeyQuestion.DisplayName);
                    reported.UnionWith(clause.Scores);
                }
                else if (item is KeyQuestionSymbol { AnsweredYesOrNo: false } question)
                {
                    report.ContributionWithoutYesNo(clause.Syntax.Span, question.DisplayName, question.Answers == AnswerKind.Text ? "text" : "a number");
                    reported.UnionWith(clause.Scores);
                }
            }
        }

        if (framework.Scores.IsEmpty || diagnostics.HasSyntaxErrors)
        {
            return;
        }

        // A misspelt score name (reported by the binder) most likely meant a score that then seems
        // unfed: which scores are fed is known only once every name resolves.
        var declared = new HashSet<string>(framework.Scores.Select(s => s.Name), StringComparer.Ordinal);
        var allResolved = framework.AllItems
            .SelectMany(item => item.Contributions)
            .SelectMany(clause => clause.Syntax.Scores)
            .All(name => name.IsMissing || declared.Contains(name.Text));
        var fed = new HashSet<ScoreSymbol>(framework.KeyQuestions.SelectMany(q => q.Scores));
        foreach (var score in framework.Scores)
        {
            if (allResolved && !fed.Contains(score) && !reported.Contains(score))
            {
                report.ScoreWithoutContributions(score.Syntax.Name.Span, score.Name);
            }
        }

        foreach (var question in framework.KeyQuestions)
        {
            // Answers that count elsewhere (a standard rated from its key questions), that are not
            // yes or no, or that no case ever gives (no case sample) need no score; a standard
            // without a rating rule has its own error.
            if (question.Scores.IsEmpty
                && question.AnsweredYesOrNo
                && HasCaseSample(question.Standard.Domain)
                && question.Standard.RatingRule is RatingRule.Judgement or RatingRule.NotRated)
            {
                var syntax = question.Syntax;
                report.KeyQuestionWithoutScore(syntax.Number is { IsMissing: false } number ? number.Span : syntax.Name.Span, question.DisplayName);
            }
        }
    }

    private static DomainSymbol DomainOf(ItemSymbol item)
    {
        var current = item;
        while (current.Parent is not null)
        {
            current = current.Parent;
        }

        return (DomainSymbol)current;
    }

    // Case types that did not resolve were reported by the binder; the domain does name some.
    private static bool HasCaseSample(DomainSymbol domain) =>
        !domain.CaseTypes.IsEmpty || !((DomainSyntax)domain.Syntax).CaseTypes.IsEmpty;
}
