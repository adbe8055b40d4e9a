using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace InspectFramework.Compiler.Model;

/// <summary>
/// The text <see cref="ContentHash"/> is defined by: the model as JSON in one fixed form, so that its
/// bytes, not a writer's settings, are the definition (docs/change-control.md, "The canonical form").
/// Properties in the order written; two spaces of indentation per level; "\n" between lines and one
/// at the end; ": " after a name and "," at the end of every line but the last of a container;
/// empty containers as "[]" and "{}"; strings in double quotes with \" \\ \n \r \t escaped and every
/// other UTF-16 code unit outside U+0020..U+007E as \u and four lower-case hex digits (so the text is
/// ASCII and its UTF-8 bytes are the same on every machine).
/// </summary>
/// <remarks>
/// Written here rather than with System.Text.Json: the compiler is loaded into every consumer's C#
/// compiler by the source generator, which would then have to carry that package on netstandard2.0,
/// and a general writer's defaults (escaping, indentation, new lines) could change the hash.
/// Changing anything here changes every hash: bump <see cref="ContentHash.FormatVersion"/>.
/// </remarks>
internal sealed class CanonicalForm
{
    private readonly StringBuilder _text = new();

    // One entry per open container: true until its first member is written.
    private readonly Stack<bool> _first = new();
    private bool _afterName;

    public CanonicalForm StartObject() => Open('{');

    public CanonicalForm EndObject() => Close('}');

    public CanonicalForm StartArray() => Open('[');

    public CanonicalForm EndArray() => Close(']');

    public CanonicalForm Name(string name)
    {
        Separator();
        Quoted(name);
        _text.Append(": ");
        _afterName = true;
        return this;
    }

    public CanonicalForm String(string? value)
    {
        Separator();
        if (value is null)
        {
            _text.Append("null");
        }
        else
        {
            Quoted(value);
        }

        return this;
    }

    public CanonicalForm Number(int value)
    {
        Separator();
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public CanonicalForm Boolean(bool value)
    {
        Separator();
        _text.Append(value ? "true" : "false");
        return this;
    }

    public CanonicalForm Property(string name, string? value) => Name(name).String(value);

    public CanonicalForm Property(string name, bool value) => Name(name).Boolean(value);

    public CanonicalForm Property(string name, int value) => Name(name).Number(value);

    public override string ToString() => _text.ToString() + "\n";

    private CanonicalForm Open(char bracket)
    {
        Separator();
        _text.Append(bracket);
        _first.Push(true);
        return this;
    }

    private CanonicalForm Close(char bracket)
    {
        var empty = _first.Pop();
        if (!empty)
        {
            NewLine();
        }

        _text.Append(bracket);
        return this;
    }

    // Before a value or a name: a comma unless first in its container, and a new indented line,
    // except for a value that follows its name.
    private void Separator()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_first.Count == 0)
        {
            return;
        }

        if (!_first.Peek())
        {
            _text.Append(',');
        }

        _first.Pop();
        _first.Push(false);
        NewLine();
    }

    private void NewLine() => _text.Append('\n').Append(' ', _first.Count * 2);

    private void Quoted(string value)
    {
        _text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    _text.Append("\\\"");
                    break;
                case '\\':
                    _text.Append("\\\\");
                    break;
                case '\n':
                    _text.Append("\\n");
                    break;
                case '\r':
                    _text.Append("\\r");
                    break;
                case '\t':
                    _text.Append("\\t");
                    break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _text.Append(c);
                    }

                    break;
            }
        }

        _text.Append('"');
    }
}
