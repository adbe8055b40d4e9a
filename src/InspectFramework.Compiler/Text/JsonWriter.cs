using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace InspectFramework.Compiler.Text;

/// <summary>
/// A minimal indented JSON writer (netstandard2.0 has no System.Text.Json without an extra package,
/// which the source generator would have to carry). Output is deterministic: properties in the
/// order written, two-space indentation, LF line ends, non-ASCII escaped as \uXXXX.
/// </summary>
public sealed class JsonWriter
{
    private readonly StringBuilder _builder = new();
    private readonly Stack<bool> _first = new();
    private bool _afterName;

    public JsonWriter StartObject() => Open('{');

    public JsonWriter EndObject() => Close('}');

    public JsonWriter StartArray() => Open('[');

    public JsonWriter EndArray() => Close(']');

    public JsonWriter Name(string name)
    {
        Separator();
        WriteString(name);
        _builder.Append(": ");
        _afterName = true;
        return this;
    }

    public JsonWriter String(string? value)
    {
        Separator();
        if (value is null)
        {
            _builder.Append("null");
        }
        else
        {
            WriteString(value);
        }

        return this;
    }

    public JsonWriter Number(int value)
    {
        Separator();
        _builder.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public JsonWriter Boolean(bool value)
    {
        Separator();
        _builder.Append(value ? "true" : "false");
        return this;
    }

    public JsonWriter Property(string name, string? value) => Name(name).String(value);

    public JsonWriter Property(string name, bool value) => Name(name).Boolean(value);

    public JsonWriter Property(string name, int value) => Name(name).Number(value);

    public override string ToString() => _builder.ToString() + "\n";

    private JsonWriter Open(char bracket)
    {
        Separator();
        _builder.Append(bracket);
        _first.Push(true);
        return this;
    }

    private JsonWriter Close(char bracket)
    {
        var empty = _first.Pop();
        if (!empty)
        {
            NewLine();
        }

        _builder.Append(bracket);
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
            _builder.Append(',');
        }

        _first.Pop();
        _first.Push(false);
        NewLine();
    }

    private void NewLine() => _builder.Append('\n').Append(' ', _first.Count * 2);

    private void WriteString(string value)
    {
        _builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    _builder.Append("\\\"");
                    break;
                case '\\':
                    _builder.Append("\\\\");
                    break;
                case '\n':
                    _builder.Append("\\n");
                    break;
                case '\r':
                    _builder.Append("\\r");
                    break;
                case '\t':
                    _builder.Append("\\t");
                    break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        _builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _builder.Append(c);
                    }

                    break;
            }
        }

        _builder.Append('"');
    }
}
