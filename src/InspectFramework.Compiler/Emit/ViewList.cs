using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace InspectFramework.Compiler.Emit;

/// <summary>
/// A list in the templates' view model: immutable, and a class rather than a struct such as
/// <see cref="ImmutableArray{T}"/>. Handlebars reads and iterates values through generic code it
/// instantiates at run time for each type it meets. Over reference types that code is shared, so the
/// Native AOT build of the CLI, which cannot compile anything at run time, has it already; over a
/// struct it would be missing there (its value-typed properties, booleans, are listed for that build
/// in the CLI's NativeAot.rd.xml).
/// </summary>
public sealed class ViewList<T> : IReadOnlyList<T>
{
    public static readonly ViewList<T> Empty = new(ImmutableArray<T>.Empty);

    private readonly ImmutableArray<T> _items;

    private ViewList(ImmutableArray<T> items) => _items = items;

    public static implicit operator ViewList<T>(ImmutableArray<T> items) => items.IsDefaultOrEmpty ? Empty : new ViewList<T>(items);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public ImmutableArray<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_items).GetEnumerator();
}
