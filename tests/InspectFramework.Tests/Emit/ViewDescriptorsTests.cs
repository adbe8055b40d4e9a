using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using HandlebarsDotNet.PathStructure;
using InspectFramework.Cli.Input;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Emit;

namespace InspectFramework.Tests.Emit;

/// <summary>
/// Templates read the view model only through <see cref="ViewDescriptors"/>' member tables (what keeps
/// the Native AOT build free of reflection over it): every property of every view type must be in its
/// type's table and read the same value there, or templates would silently render it as empty.
/// </summary>
public sealed class ViewDescriptorsTests
{
    private static FrameworkView View(string framework) =>
        ViewModelBuilder.Build(FrameworkSource.Compile(Path.Combine(RepositoryPaths.Frameworks, framework)).Model!, "Ns", "1.2.3").View;

    [Theory]
    [InlineData("hmip-youth-2019.inspect")]
    [InlineData("hmip-core-case-2009.inspect")]
    public void Every_view_property_reads_the_same_value_through_the_tables(string framework)
    {
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        var checkedProperties = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<object>(new object[] { View(framework) });
        while (pending.Count > 0)
        {
            var view = pending.Pop();
            var type = view.GetType();
            if (!ViewDescriptors.Instance.TryGetDescriptor(type, out var descriptor))
            {
                problems.Add($"{type.Name}: no descriptor");
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                checkedProperties.Add(type.Name + "." + property.Name);
                var expected = property.GetValue(view);
                if (!descriptor.MemberAccessor.TryGetValue(view, ChainSegment.Create(property.Name), out var actual) || !Equals(expected, actual))
                {
                    problems.Add($"{type.Name}.{property.Name}: not read, or read differently");
                    continue;
                }

                if (expected is IEnumerable list and not string)
                {
                    if (!ViewDescriptors.Instance.TryGetDescriptor(expected.GetType(), out _))
                    {
                        problems.Add($"{type.Name}.{property.Name}: its list type has no descriptor");
                    }

                    foreach (var element in list)
                    {
                        if (element is not string)
                        {
                            pending.Push(element);
                        }
                    }
                }
                else if (expected is not (null or string or bool or int or decimal))
                {
                    pending.Push(expected);
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // Guards the walk against passing over an empty or shallow view.
        Assert.Contains("ItemView.Prompts", checkedProperties);
        Assert.Contains("FactView.IsDerived", checkedProperties);
        Assert.True(checkedProperties.Count > 150, $"only {checkedProperties.Count} properties walked");
    }

    [Fact]
    public void Every_view_type_has_a_table()
    {
        var viewTypes = typeof(FrameworkView).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(FrameworkView).Namespace && t.IsPublic && t.Name.EndsWith("View", StringComparison.Ordinal))
            .Select(t => t.Name)
            .OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(viewTypes, ViewDescriptors.Instance.ViewTypes.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Templates_read_members_ignoring_case_lists_by_index_and_length_and_iterate_them()
    {
        var model = FrameworkSource.Compile(Path.Combine(RepositoryPaths.Frameworks, "hmip-youth-2019.inspect")).Model!;
        var template = "{{namespace}} {{Levels.length}} {{Levels.[0].member}} {{#each Levels}}{{@index}}:{{Member}}{{#if @last}}.{{else}},{{/if}}{{/each}} {{#if HasOverall}}overall{{/if}} {{#each Facts}}{{#if IsDerived}}{{Property}}{{/if}}{{/each}}";
        var result = CSharpEmitter.Emit(model, new EmitOptions { Templates = ImmutableArray.Create(new TemplateFile("Framework.hbs", template)) });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var derived = string.Concat(ViewModelBuilder.Build(model, "HmipYouth2019", "1.2.3").View.Facts.Where(f => f.IsDerived).Select(f => f.Property));
        Assert.NotEmpty(derived);
        Assert.Equal($"HmipYouth2019 4 Inadequate 0:Inadequate,1:RequiresImprovement,2:Good,3:Outstanding. overall {derived}\n", result.Files[0].Text);
    }
}
