using System.Collections.Immutable;
using HandlebarsDotNet;

namespace InspectFramework.Compiler.Emit;

/// <summary>
/// The Handlebars helpers that write view-model data as C#, one per kind of C# value, so that templates
/// say what C# is written and the view holds data:
/// <list type="bullet">
/// <item><c>{{csString Title}}</c> a string literal (<c>null</c> for no value); <c>{{csComment Name}}</c> text safe in a line comment;</item>
/// <item><c>{{csInt Index}}</c>, <c>{{csDecimal Low}}</c> (<c>64.5m</c>, <c>null</c> for no value) and <c>{{csBool HasText}}</c> literals;</item>
/// <item><c>{{csCondition Condition "p"}}</c> a <see cref="ConditionView"/> as a boolean expression over the profile <c>p</c>,
/// <c>{{csAndCondition Condition "p"}}</c> the same written after <c>&amp;&amp;</c>, and <c>{{csAllConditions Conditions "p"}}</c>
/// the conjunction of a list of them (<c>true</c> for none), each true only when the condition certainly holds;</item>
/// <item><c>{{csKleene Condition "p"}}</c> and <c>{{csKleeneAll Conditions "p"}}</c> the same as a <c>bool?</c>, null
/// where an unset fact leaves it undecided;</item>
/// <item><c>{{#csDoc Doc}}    {{this}}{{/csDoc}}</c> a <see cref="DocView"/> as documentation comment lines, the block once per line.</item>
/// </list>
/// Given the wrong values (a misspelt name, a list for a text), a user's template is told so (IF0503).
/// </summary>
internal static class CSharpHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("csString", new HandlebarsReturnHelper((_, arguments) => CSharpText.NullableStringLiteral(Text("csString", arguments, allowNull: true))));
        handlebars.RegisterHelper("csComment", new HandlebarsReturnHelper((_, arguments) => CSharpText.LineComment(Text("csComment", arguments, allowNull: false)!)));
        handlebars.RegisterHelper("csInt", new HandlebarsReturnHelper((_, arguments) => CSharpText.IntLiteral(Single<int>("csInt", arguments, "a whole number"))));
        handlebars.RegisterHelper("csBool", new HandlebarsReturnHelper((_, arguments) => CSharpText.BoolLiteral(Single<bool>("csBool", arguments, "true or false"))));
        handlebars.RegisterHelper("csDecimal", new HandlebarsReturnHelper((_, arguments) =>
            Single<decimal?>("csDecimal", arguments, "a number", allowNull: true) is { } value ? CSharpText.DecimalLiteral(value) : "null"));
        handlebars.RegisterHelper("csCondition", new HandlebarsReturnHelper((_, arguments) =>
            ConditionRenderer.CSharp(Condition("csCondition", arguments), Receiver("csCondition", arguments), joined: false)));
        handlebars.RegisterHelper("csAndCondition", new HandlebarsReturnHelper((_, arguments) =>
            ConditionRenderer.CSharp(Condition("csAndCondition", arguments), Receiver("csAndCondition", arguments), joined: true)));
        handlebars.RegisterHelper("csAllConditions", new HandlebarsReturnHelper((_, arguments) =>
            ConditionRenderer.CSharpAll(Pair<ImmutableArray<ConditionView>>("csAllConditions", arguments, "a list of conditions"), Receiver("csAllConditions", arguments))));
        handlebars.RegisterHelper("csKleene", new HandlebarsReturnHelper((_, arguments) =>
            ConditionRenderer.Kleene(Condition("csKleene", arguments), Receiver("csKleene", arguments))));
        handlebars.RegisterHelper("csKleeneAll", new HandlebarsReturnHelper((_, arguments) =>
            ConditionRenderer.KleeneAll(Pair<ImmutableArray<ConditionView>>("csKleeneAll", arguments, "a list of conditions"), Receiver("csKleeneAll", arguments))));
        handlebars.RegisterHelper("csDoc", new HandlebarsBlockHelper((output, options, _, arguments) =>
        {
            var doc = Single<DocView>("csDoc", arguments, "a documentation comment (a Doc)");
            foreach (var line in CSharpText.DocCommentLines(doc.Summary, doc.Remarks))
            {
                options.Template(output, line);
            }
        }));
    }

    // The helper's one argument; a user's template that gives something else gets told so (IF0503).
    private static string? Text(string helper, Arguments arguments, bool allowNull)
    {
        Count(helper, arguments, 1);
        return arguments[0] switch
        {
            string text => text,
            null when allowNull => null,
            var other => throw Wrong(helper, other, "text"),
        };
    }

    private static T Single<T>(string helper, Arguments arguments, string what, bool allowNull = false)
    {
        Count(helper, arguments, 1);
        return Value<T>(helper, arguments[0], what, allowNull);
    }

    // A condition helper's first argument (the second is the receiver).
    private static ConditionView Condition(string helper, Arguments arguments) => Pair<ConditionView>(helper, arguments, "a condition");

    private static T Pair<T>(string helper, Arguments arguments, string what)
    {
        Count(helper, arguments, 2);
        return Value<T>(helper, arguments[0], what, allowNull: false);
    }

    // The expression of the profile the condition reads: text the template gives ("p", "this", "Profile").
    private static string Receiver(string helper, Arguments arguments) =>
        arguments[1] as string is { Length: > 0 } receiver ? receiver : throw Wrong(helper, arguments[1], "as its second value the profile's name (\"p\")");

    private static T Value<T>(string helper, object? value, string what, bool allowNull) => value switch
    {
        T typed => typed,
        null when allowNull => default!,
        _ => throw Wrong(helper, value, what),
    };

    private static void Count(string helper, Arguments arguments, int count)
    {
        if (arguments.Length != count)
        {
            throw new HandlebarsRuntimeException($"{helper} takes {(count == 1 ? "one value" : $"{count} values")}, not {arguments.Length}");
        }
    }

    private static HandlebarsRuntimeException Wrong(string helper, object? value, string what) => value switch
    {
        UndefinedBindingResult => new HandlebarsRuntimeException($"{helper} was given a name the view does not have here"),
        _ => new HandlebarsRuntimeException($"{helper} takes {what}, not {(value is null ? "null" : value.GetType().Name)}"),
    };
}
