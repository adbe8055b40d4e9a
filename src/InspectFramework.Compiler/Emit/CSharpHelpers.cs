using HandlebarsDotNet;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Emit;

/// <summary>
/// The Handlebars helpers that write view-model data as C#, so that templates say what C# is written
/// and the view holds data: <c>{{csString Title}}</c> is a string literal (<c>null</c> for no value),
/// <c>{{csComment Name}}</c> text safe in a line comment.
/// </summary>
internal static class CSharpHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("csString", new HandlebarsReturnHelper((_, arguments) => CSharpText.NullableStringLiteral(Text("csString", arguments, allowNull: true))));
        handlebars.RegisterHelper("csComment", new HandlebarsReturnHelper((_, arguments) => CSharpText.LineComment(Text("csComment", arguments, allowNull: false)!)));
    }

    // The helper's one argument; a user's template that gives something else gets told so (IF0503).
    private static string? Text(string helper, Arguments arguments, bool allowNull)
    {
        if (arguments.Length != 1)
        {
            throw new HandlebarsRuntimeException($"{helper} takes one value, not {arguments.Length}");
        }

        return arguments[0] switch
        {
            string text => text,
            null when allowNull => null,
            UndefinedBindingResult => throw new HandlebarsRuntimeException($"{helper} was given a name the view does not have here"),
            var other => throw new HandlebarsRuntimeException($"{helper} takes text, not {(other is null ? "null" : other.GetType().Name)}"),
        };
    }
}
