using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Text;
using InspectFramework.EditorFeatures.Rename;
using InspectFramework.EditorFeatures.Tests.Infrastructure;

namespace InspectFramework.EditorFeatures.Tests;

public class RenameTests
{
    [Fact]
    public void Renaming_a_fact_edits_every_use_and_asks_to_confirm_a_data_migration()
    {
        var marked = Demo.Mark(("fact harm", "fact [|harm|]"), ("= harm and", "= [|h$$arm|] and"));
        var result = RenameService.Rename(marked.Compile(), marked.Cursor, "harm_factors");
        Assert.Null(result.Refusal);
        Assert.Equal(marked.Spans.Select(s => new RenameEdit(s, "harm_factors", true)), result.Edits);
        Assert.Equal(
            "Data migration: case data records the fact 'harm' by name, so data collected under the old name must be migrated to 'harm_factors' (inspect diff reports this rename as a removal and an addition that need migration).",
            result.Migration);
    }

    [Fact]
    public void Renaming_a_band_table_level_score_or_source_is_no_migration()
    {
        var marked = Demo.Mark(("bands kq", "bands [|kq|]"), ("question in kq", "question in [|$$kq|]"));
        var result = RenameService.Rename(marked.Compile(), marked.Cursor, "key_question_bands");
        Assert.Equal(marked.Spans.Select(s => new RenameEdit(s, "key_question_bands", false)), result.Edits);
        Assert.Null(result.Migration);
    }

    [Theory]
    [InlineData("= h$$arm and", "harm_factors")]
    [InlineData("{ cust$$ody \"Custody\"", "custodial")]
    [InlineData("allow p$$oor", "weak")]
    [InlineData("for cou$$rt", "court_case")]
    [InlineData("1.1.1 sa$$fe", "kept_safe")]
    [InlineData("question in k$$q", "bands_kq")]
    public void After_a_rename_the_framework_still_compiles_without_errors(string place, string newName)
    {
        var marked = Demo.Mark((place.Replace("$$", string.Empty), place));
        var result = RenameService.Rename(marked.Compile(), marked.Cursor, newName);
        Assert.Null(result.Refusal);
        var text = marked.Text;
        foreach (var edit in result.Edits.OrderByDescending(e => e.Span.Start))
        {
            text = text.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        }

        var renamed = FrameworkCompilation.Create(new SourceText("test.inspect", text));
        Assert.Empty(renamed.Diagnostics);
        Assert.DoesNotContain(renamed.References, r => r.Name.Text == marked.Text.Substring(result.Edits[0].Span.Start, result.Edits[0].Span.Length));
    }

    [Theory]
    [InlineData("= h$$arm and", "2harm", "'2harm' is not a valid name: a name starts with a letter or an underscore, followed by letters, digits or underscores (for example 'harm_factors').")]
    [InlineData("= h$$arm and", "harm factors", "'harm factors' is not a valid name: a name starts with a letter or an underscore, followed by letters, digits or underscores (for example 'harm_factors').")]
    [InlineData("= h$$arm and", "when", "'when' is a word of the framework language; choose another name.")]
    [InlineData("= h$$arm and", "level", "'level' is a word of the framework language; choose another name.")]
    [InlineData("= h$$arm and", "victim", "'victim' is already the name of a fact; choose another name for the fact 'harm'.")]
    [InlineData("= h$$arm and", "custody", "'custody' is already the name of a value of fact 'disposal'; choose another name for the fact 'harm'.")]
    [InlineData("{ cust$$ody \"Custody\"", "referral", "'referral' is already the name of a value of fact 'disposal'; choose another name for the value 'custody'.")]
    [InlineData("{ cust$$ody \"Custody\"", "harm", "'harm' is already the name of a fact; choose another name for the value 'custody'.")]
    [InlineData("1.1.1 sa$$fe", "plans", "'plans' is already the name of a key question (key question 1.1.2); choose another name for the key question 'safe'.")]
    [InlineData("allow p$$oor", "good", "'good' is already the name of a level; choose another name for the level 'poor'.")]
    [InlineData("bands k$$q", "totals", "'totals' is already the name of a band table; choose another name for the band table 'kq'.")]
    public void A_rename_is_refused_with_a_reason_when_the_new_name_is_invalid_or_taken(string place, string newName, string refusal)
    {
        var marked = Demo.Mark((place.Replace("$$", string.Empty), place));
        var result = RenameService.Rename(marked.Compile(), marked.Cursor, newName);
        Assert.Equal(refusal, result.Refusal);
        Assert.Empty(result.Edits);
    }

    [Fact]
    public void A_value_may_take_the_name_of_a_value_of_another_fact_and_an_item_that_of_an_item_elsewhere()
    {
        var value = Demo.Mark(("fact harm \"There are factors related to harm\" boolean", "fact level_of_harm \"Level\" one of { low \"Low\", high \"High\" }"), ("{ custody", "{ cus$$tody"));
        Assert.Null(RenameService.Rename(value.Compile(), value.Cursor, "low").Refusal);

        var prompt = Demo.Mark(("(a) victims", "(a) vic$$tims"));
        Assert.Null(RenameService.Rename(prompt.Compile(), prompt.Cursor, "plans").Refusal);
    }

    [Fact]
    public void Prepare_gives_the_name_under_the_cursor_or_nothing()
    {
        var marked = Demo.Mark(("score safety", "score [|saf$$ety|]"));
        Assert.Equal(new RenameTarget(marked.Spans[0], "safety"), RenameService.Prepare(marked.Compile(), marked.Cursor));

        var keyword = Demo.Mark(("score safety", "sc$$ore safety"));
        Assert.Null(RenameService.Prepare(keyword.Compile(), keyword.Cursor));
        Assert.Equal(
            "There is no declared name here to rename: place the cursor on a fact, value, case type, band table, scale, level, score, source or item name.",
            RenameService.Rename(keyword.Compile(), keyword.Cursor, "x").Refusal);
    }
}
