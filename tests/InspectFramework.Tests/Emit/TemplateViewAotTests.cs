using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using InspectFramework.Compiler.Emit;
using Xunit;

namespace InspectFramework.Tests.Emit;

/// <summary>
/// The Native AOT build of the CLI can render the C# templates only if Handlebars finds precompiled
/// code for every property of the view model: each list is a <see cref="ViewList{T}"/> (a class), and
/// each value type a property has is listed in src/InspectFramework.Cli/NativeAot.rd.xml. Otherwise
/// <c>inspect generate</c> fails there while every JIT-run test passes (scripts/aot-check shows it).
/// </summary>
public sealed class TemplateViewAotTests
{
    private static readonly string RdXml = Path.Combine(RepositoryPaths.Root, "src", "InspectFramework.Cli", "NativeAot.rd.xml");

    [Fact]
    public void Every_view_model_property_is_a_string_a_view_a_view_list_or_a_value_type_listed_for_native_aot()
    {
        var listed = ValueTypesListedForNativeAot();
        var problems = new List<string>();
        foreach (var (owner, property) in ViewModelProperties())
        {
            var type = property.PropertyType;
            var allowed = type == typeof(string)
                || IsView(type)
                || (IsViewList(type, out var element) && (element == typeof(string) || IsView(element)))
                || (type.IsValueType && listed.Contains(type.FullName!));
            if (!allowed)
            {
                problems.Add($"{owner.Name}.{property.Name}: {type}");
            }
        }

        Assert.True(problems.Count == 0,
            "View-model properties the Native AOT build of the CLI cannot render (make a list a ViewList<T>, "
            + "or list a value type in NativeAot.rd.xml):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_value_type_listed_for_native_aot_is_the_type_of_a_view_model_property()
    {
        var used = ViewModelProperties().Select(p => p.Property.PropertyType.FullName!).ToHashSet(StringComparer.Ordinal);
        var unused = ValueTypesListedForNativeAot().Where(t => !used.Contains(t)).ToList();
        Assert.True(unused.Count == 0, "Listed in NativeAot.rd.xml but no view-model property has the type: " + string.Join(", ", unused));
    }

    [Fact]
    public void The_view_model_has_value_typed_properties_to_check()
    {
        // Guards the two tests above against passing on an empty walk.
        var properties = ViewModelProperties().ToList();
        Assert.True(properties.Count > 100, $"only {properties.Count} view-model properties found");
        Assert.Contains(properties, p => p.Property.PropertyType == typeof(bool));
        Assert.Contains(properties, p => IsViewList(p.Property.PropertyType, out _));
    }

    /// <summary>The second type argument of each <c>CreateGetDelegate</c> instantiation listed (the first is the shared object one).</summary>
    private static HashSet<string> ValueTypesListedForNativeAot()
    {
        XNamespace ns = "http://schemas.microsoft.com/netfx/2013/01/metadata";
        return XDocument.Load(RdXml)
            .Descendants(ns + "Method")
            .Where(m => (string?)m.Attribute("Name") == "CreateGetDelegate")
            .Select(m => m.Elements(ns + "GenericArgument").Select(a => (string)a.Attribute("Name")!).ToList())
            .Select(arguments =>
            {
                Assert.Equal(2, arguments.Count);
                Assert.Equal("System.Object", arguments[0]);
                return arguments[1];
            })
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every public property of every view type reachable from <see cref="FrameworkView"/>.</summary>
    private static IEnumerable<(Type Owner, PropertyInfo Property)> ViewModelProperties()
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(new[] { typeof(FrameworkView) });
        while (pending.Count > 0)
        {
            var view = pending.Dequeue();
            if (!seen.Add(view))
            {
                continue;
            }

            foreach (var property in view.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                yield return (view, property);
                var type = IsViewList(property.PropertyType, out var element) ? element : property.PropertyType;
                if (IsView(type))
                {
                    pending.Enqueue(type);
                }
            }
        }
    }

    private static bool IsView(Type type) => type.IsClass && type.Namespace == typeof(FrameworkView).Namespace && type.Name.EndsWith("View", StringComparison.Ordinal);

    private static bool IsViewList(Type type, out Type element)
    {
        var isList = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ViewList<>);
        element = isList ? type.GetGenericArguments()[0] : typeof(void);
        return isList;
    }
}
