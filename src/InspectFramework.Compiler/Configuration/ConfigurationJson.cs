using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Compiler.Configuration;

/// <summary>A JSON value of a configuration file with the span it was read from, so that every problem
/// in it is reported at its place.</summary>
internal abstract record JsonNode(TextSpan Span);

internal sealed record JsonObject(TextSpan Span, ImmutableArray<JsonMember> Members) : JsonNode(Span);

internal sealed record JsonMember(string Name, TextSpan NameSpan, JsonNode Value);

internal sealed record JsonArray(TextSpan Span, ImmutableArray<JsonNode> Items) : JsonNode(Span);

internal sealed record JsonString(TextSpan Span, string Value) : JsonNode(Span);

/// <summary>A number, true, false or null: configuration files have no setting that takes one, so only
/// its text is kept, to say what was found.</summary>
internal sealed record JsonOther(TextSpan Span, string Text) : JsonNode(Span);

/// <summary>
/// Reads JSON with comments (as bicepconfig.json and VS Code settings allow) into spans. The compiler
/// library is netstandard2.0 and is loaded by the source generator, where System.Text.Json cannot be
/// counted on (a .NET Framework compiler host does not carry it, and a generator that brings its own
/// copy conflicts with the host's); a configuration file is a few lines, and this reader also gives
/// every problem a place in UTF-16 columns, as every other diagnostic has.
/// </summary>
internal sealed class ConfigurationJson
{
    /// <summary>Nesting a configuration never needs; deeper is refused rather than recursed into.</summary>
    private const int MaxDepth = 32;

    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;
    private int _position;

    private ConfigurationJson(SourceText source, DiagnosticBag diagnostics)
    {
        _text = source.Text;
        _diagnostics = diagnostics;
    }

    /// <summary>The value of the whole text, or null after reporting (IF0901) why it is not JSON.</summary>
    public static JsonNode? Read(SourceText source, DiagnosticBag diagnostics)
    {
        var reader = new ConfigurationJson(source, diagnostics);
        var value = reader.Value(0);
        if (value is null)
        {
            return null;
        }

        reader.SkipTrivia();
        if (reader._position < reader._text.Length)
        {
            return reader.Fail("there is more text after the end of the JSON value; a configuration file holds one object");
        }

        return value;
    }

    private JsonNode? Value(int depth)
    {
        if (!SkipTrivia())
        {
            return null;
        }

        if (_position >= _text.Length)
        {
            return Fail("a value was expected");
        }

        if (depth > MaxDepth)
        {
            return Fail($"values are nested more than {MaxDepth} deep; a configuration file never needs that");
        }

        return _text[_position] switch
        {
            '{' => Object(depth),
            '[' => Array(depth),
            '"' => String(),
            _ => Other(),
        };
    }

    private JsonNode? Object(int depth)
    {
        var start = _position++;
        var members = ImmutableArray.CreateBuilder<JsonMember>();
        if (!SkipTrivia())
        {
            return null;
        }

        if (Peek('}'))
        {
            _position++;
            return new JsonObject(TextSpan.FromBounds(start, _position), members.ToImmutable());
        }

        while (true)
        {
            if (!SkipTrivia())
            {
                return null;
            }

            if (!Peek('"'))
            {
                return Fail("a property name in double quotes was expected here");
            }

            if (String() is not JsonString name)
            {
                return null;
            }

            if (!SkipTrivia())
            {
                return null;
            }

            if (!Peek(':'))
            {
                return Fail($"a ':' was expected after the property name \"{name.Value}\"");
            }

            _position++;
            var value = Value(depth + 1);
            if (value is null)
            {
                return null;
            }

            members.Add(new JsonMember(name.Value, name.Span, value));
            if (!SkipTrivia())
            {
                return null;
            }

            if (Peek(','))
            {
                _position++;
                continue;
            }

            if (Peek('}'))
            {
                _position++;
                return new JsonObject(TextSpan.FromBounds(start, _position), members.ToImmutable());
            }

            return Fail("a ',' or the '}' that closes the object was expected here");
        }
    }

    private JsonNode? Array(int depth)
    {
        var start = _position++;
        var items = ImmutableArray.CreateBuilder<JsonNode>();
        if (!SkipTrivia())
        {
            return null;
        }

        if (Peek(']'))
        {
            _position++;
            return new JsonArray(TextSpan.FromBounds(start, _position), items.ToImmutable());
        }

        while (true)
        {
            var item = Value(depth + 1);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            if (!SkipTrivia())
            {
                return null;
            }

            if (Peek(','))
            {
                _position++;
                continue;
            }

            if (Peek(']'))
            {
                _position++;
                return new JsonArray(TextSpan.FromBounds(start, _position), items.ToImmutable());
            }

            return Fail("a ',' or the ']' that closes the list was expected here");
        }
    }

    private JsonNode? String()
    {
        var start = _position++;
        var value = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return new JsonString(TextSpan.FromBounds(start, _position), value.ToString());
            }

            if (c < ' ')
            {
                return Fail("a text value must end on the line it starts on (a control character or line break was found before its closing '\"')");
            }

            if (c != '\\')
            {
                value.Append(c);
                _position++;
                continue;
            }

            if (_position + 1 >= _text.Length)
            {
                break;
            }

            var escape = _text[_position + 1];
            var simple = escape switch
            {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => (char?)null,
            };
            if (simple is { } s)
            {
                value.Append(s);
                _position += 2;
            }
            else if (escape == 'u' && _position + 6 <= _text.Length && ushort.TryParse(_text.Substring(_position + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var unit))
            {
                value.Append((char)unit);
                _position += 6;
            }
            else
            {
                return Fail("this is not a JSON escape: use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u followed by four hexadecimal digits");
            }
        }

        _position = start;
        return Fail("this text value has no closing '\"'");
    }

    private JsonNode? Other()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] is '-' or '+' or '.'))
        {
            _position++;
        }

        var text = _text.Substring(start, _position - start);
        if (text is "true" or "false" or "null" || (text.Length > 0 && (char.IsDigit(text[0]) || text[0] == '-')))
        {
            return new JsonOther(TextSpan.FromBounds(start, _position), text);
        }

        _position = start;
        return Fail(text.Length == 0
            ? $"'{DisplayText.OneLine(_text[start].ToString())}' cannot start a JSON value; a value is an object {{...}}, a list [...] or text in double quotes"
            : $"'{DisplayText.OneLine(text)}' is not a JSON value; text is written in double quotes");
    }

    /// <summary>Skips white space and comments; false after reporting a comment that does not end.</summary>
    private bool SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
            {
                while (_position < _text.Length && _text[_position] is not ('\n' or '\r'))
                {
                    _position++;
                }
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
            {
                var end = _text.IndexOf("*/", _position + 2, System.StringComparison.Ordinal);
                if (end < 0)
                {
                    Fail("this comment has no closing '*/'");
                    return false;
                }

                _position = end + 2;
            }
            else
            {
                break;
            }
        }

        return true;
    }

    private bool Peek(char c) => _position < _text.Length && _text[_position] == c;

    private JsonNode? Fail(string reason)
    {
        if (_position >= _text.Length)
        {
            reason = "the file ends too soon: " + reason;
        }

        _diagnostics.Report.InvalidConfiguration(new TextSpan(System.Math.Min(_position, _text.Length), _position < _text.Length ? 1 : 0), reason);
        return null;
    }
}
