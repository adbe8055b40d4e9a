namespace InspectFramework.Compiler.Model;

/// <summary>What kind of answer an item records for each case.</summary>
public enum AnswerKind
{
    YesNo,
    YesNoNotApplicable,
    Text,
    Number,
}
