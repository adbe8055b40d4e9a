using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace InspectFramework.Compiler.Emit;

/// <summary>
/// C# identifiers from framework names. Framework names are ASCII letters, digits and '_' (the lexer
/// guarantees it); anything else is dropped, so even a hand-built model gives valid identifiers.
/// </summary>
public static class CSharpNames
{
    // Reserved keywords (C# spec, "Keywords"); contextual keywords are valid identifiers.
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class",
        "const", "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event",
        "explicit", "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if",
        "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null",
        "object", "operator", "out", "override", "params", "private", "protected", "public", "readonly",
        "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct",
        "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe",
        "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>True for a reserved C# keyword (which needs '@' to be used as an identifier).</summary>
    public static bool IsKeyword(string identifier) => Keywords.Contains(identifier);

    /// <summary>
    /// PascalCase: '_'-separated parts each start with a capital (<c>court_disposals</c> becomes
    /// <c>CourtDisposals</c>, <c>aged_10_to_14</c> becomes <c>Aged10To14</c>); a result starting with a
    /// digit gets a leading '_'; an empty one becomes <c>Unnamed</c>; a keyword gets '@'.
    /// </summary>
    public static string Pascal(string name)
    {
        var builder = new StringBuilder(name.Length);
        var startOfPart = true;
        foreach (var c in name)
        {
            if (c == '_')
            {
                startOfPart = true;
                continue;
            }

            if (!IsAsciiLetterOrDigit(c))
            {
                continue;
            }

            builder.Append(startOfPart ? char.ToUpperInvariant(c) : c);
            startOfPart = false;
        }

        return Identifier(builder.ToString());
    }

    /// <summary>
    /// Makes <paramref name="candidate"/> a valid identifier: drops characters other than ASCII letters,
    /// digits and '_', prefixes '_' to a leading digit, uses <c>Unnamed</c> when nothing is left, and
    /// escapes a keyword with '@' (<c>class</c> becomes <c>@class</c>).
    /// </summary>
    public static string Identifier(string candidate)
    {
        // Most names are identifiers already (Pascal's output always has only letters and digits).
        if (IsPlainIdentifier(candidate))
        {
            return IsKeyword(candidate) ? "@" + candidate : candidate;
        }

        var builder = new StringBuilder(candidate.Length + 1);
        foreach (var c in candidate)
        {
            if (c == '_' || IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        if (builder.Length == 0)
        {
            return "Unnamed";
        }

        if (builder[0] >= '0' && builder[0] <= '9')
        {
            builder.Insert(0, '_');
        }

        var identifier = builder.ToString();
        return IsKeyword(identifier) ? "@" + identifier : identifier;
    }

    /// <summary>True when <paramref name="ns"/> is a dotted sequence of identifiers (keywords allowed only with '@').</summary>
    public static bool IsValidNamespace(string ns)
    {
        if (ns.Length == 0)
        {
            return false;
        }

        foreach (var part in ns.Split('.'))
        {
            var name = part.StartsWith("@", StringComparison.Ordinal) ? part.Substring(1) : part;
            if (!IsPlainIdentifier(name) || (IsKeyword(name) && name.Length == part.Length))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlainIdentifier(string candidate)
    {
        if (candidate.Length == 0 || (candidate[0] >= '0' && candidate[0] <= '9'))
        {
            return false;
        }

        foreach (var c in candidate)
        {
            if (c != '_' && !IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

    /// <summary>Appends a number to a name: <c>Ab</c>, 2 gives <c>Ab2</c>.</summary>
    internal static string WithSuffix(string name, int suffix) => name + suffix.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The names declared in one C# scope (a namespace, or the members and nested types of one type).
/// Names are handed out in the order asked for; a name already taken gets the lowest free number
/// appended (<c>Ab</c>, <c>Ab2</c>, ...). Framework order is stable, so the outcome is deterministic:
/// <c>ab</c> and <c>Ab</c>, or <c>a_b</c> and <c>aB</c>, never produce the same identifier.
/// </summary>
public sealed class NameScope
{
    // Members every class inherits from object; declaring one would hide it (CS0108/CS0114).
    private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize" };

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    // Names taken in every scope made from the same set (see Reserve); shared, so never changed.
    private readonly HashSet<string>? _reserved;

    /// <summary>A scope where <paramref name="reserved"/> are already taken.</summary>
    public NameScope(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            _taken.Add(name);
        }
    }

    /// <summary>A scope for the members of a class called <paramref name="typeName"/>: the type's own name
    /// (a member may not share it) and object's members are taken, as are <paramref name="reserved"/>.</summary>
    public static NameScope ForType(string typeName, params string[] reserved)
    {
        var scope = new NameScope(reserved);
        scope._taken.Add(typeName);
        foreach (var member in ObjectMembers)
        {
            scope._taken.Add(member);
        }

        return scope;
    }

    private NameScope(HashSet<string> reserved, string typeName)
    {
        _reserved = reserved;
        _taken.Add(typeName);
    }

    /// <summary>
    /// The names <see cref="ForType(string, HashSet{string})"/> takes in every scope it makes with them:
    /// <paramref name="reserved"/> and object's members. For the many scopes (one per key question's
    /// class) that reserve the same names, so that each does not copy them into a set of its own.
    /// </summary>
    internal static HashSet<string> Reserve(params string[] reserved)
    {
        var names = new HashSet<string>(reserved, StringComparer.Ordinal);
        names.UnionWith(ObjectMembers);
        return names;
    }

    /// <summary>As <see cref="ForType(string, string[])"/>, with names made by <see cref="Reserve"/>.</summary>
    internal static NameScope ForType(string typeName, HashSet<string> reserved) => new(reserved, typeName);

    /// <summary>True when <paramref name="name"/> is taken in this scope.</summary>
    public bool IsTaken(string name) => _taken.Contains(name) || (_reserved?.Contains(name) ?? false);

    /// <summary>Takes <paramref name="identifier"/>, or the first free numbered variant of it.</summary>
    public string Take(string identifier)
    {
        if (TryTake(identifier))
        {
            return identifier;
        }

        for (var i = 2; ; i++)
        {
            var candidate = CSharpNames.WithSuffix(identifier, i);
            if (TryTake(candidate))
            {
                return candidate;
            }
        }
    }

    private bool TryTake(string name) => !(_reserved?.Contains(name) ?? false) && _taken.Add(name);
}
