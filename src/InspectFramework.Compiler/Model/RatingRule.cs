namespace InspectFramework.Compiler.Model;

/// <summary>How a standard is rated.</summary>
public enum RatingRule
{
    /// <summary>No rating rule was given (an error is reported).</summary>
    None,
    Judgement,
    LowestKeyQuestion,

    /// <summary><c>not rated</c>: no rating, only percentages (and the pooled scores its key questions feed).</summary>
    NotRated,
}
