using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;

namespace InspectFramework.Tests.Model;

public sealed class ContentHashTests
{
    private static FrameworkModel Lower(string text)
    {
        var compilation = FrameworkCompilation.Create(new SourceText("tiny.inspect", text));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return compilation.Model!;
    }

    [Fact]
    public void Every_property_of_every_model_record_is_hashed()
    {
        // The layout sample of the formatter tests uses every construct of the language.
        var model = Lower(File.ReadAllText(Path.Combine(RepositoryPaths.Tests, "Formatting", "Layout.input.txt")));
        var canonical = ContentHash.Canonical(model);
        var records = RecordsReachableFrom(typeof(FrameworkModel)).ToList();
        Assert.Contains(typeof(PromptModel), records);
        Assert.Contains(typeof(DiscretionMoveModel), records);
        foreach (var type in records)
        {
            // Positional and init properties hold the data; computed ones (HasCaseSample) follow from them.
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
            {
                // The hash itself, and the derived-fact order, which follows from the hashed definitions.
                if (type == typeof(FrameworkModel) && property.Name is nameof(FrameworkModel.ContentHash) or nameof(FrameworkModel.DerivedFactOrder))
                {
                    continue;
                }

                Assert.True(canonical.Contains($"\"{property.Name}\": ", StringComparison.Ordinal), $"{type.Name}.{property.Name} is not in the hashed text.");
            }
        }
    }

    // The model records a FrameworkModel holds, directly or in lists; conditions are checked apart.
    private static IEnumerable<Type> RecordsReachableFrom(Type root)
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(new[] { root });
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    pending.Enqueue(argument);
                }

                continue;
            }

            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.Namespace != root.Namespace || !type.IsClass || typeof(ConditionModel).IsAssignableFrom(type) || !seen.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                pending.Enqueue(property.PropertyType);
            }
        }

        return seen.OrderBy(t => t.Name, StringComparer.Ordinal);
    }

    [Fact]
    public void Every_kind_of_condition_is_hashed()
    {
        var known = new[]
        {
            typeof(ConstantCondition), typeof(FactIsTrueCondition), typeof(NotCondition), typeof(AllCondition), typeof(AnyCondition),
            typeof(MembershipCondition), typeof(SameValueCondition), typeof(EquivalentCondition), typeof(IntegerComparisonCondition),
            typeof(IntegerFactOperand), typeof(IntegerConstantOperand),
        };
        var all = typeof(ConditionModel).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (typeof(ConditionModel).IsAssignableFrom(t) || typeof(IntegerOperand).IsAssignableFrom(t)));
        Assert.Equal(known.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal), all.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));

        // One derivation using each of them (an enumeration fact compared with a fact of its type
        // gives SameValueCondition).
        var model = Lower(LoweringTests.Framework.Replace(
            "fact risky \"Risky\" = harm and disposal != custody or sanctions >= 2",
            "fact risky \"Risky\" = true and not harm or disposal in {custody} or disposal == disposal or 2 < sanctions or harm == (sanctions > 1)"));
        var canonical = ContentHash.Canonical(model);
        foreach (var key in new[] { "\"Equivalent\"", "\"Constant\": true", "\"FactIsTrue\"", "\"Not\"", "\"All\"", "\"Any\"", "\"In\"", "\"SameAs\"", "\"Operator\"", "\"Constant\": 2", "\"Fact\": \"sanctions\"" })
        {
            Assert.Contains(key, canonical, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Missing_and_empty_text_hash_differently()
    {
        var without = Lower(LoweringTests.Framework);
        var empty = Lower(LoweringTests.Framework.Replace("statement \"Assessment is good.\"", "statement \"Assessment is good.\"\n    guidance \"\""));
        Assert.NotEqual(without, empty);
        Assert.NotEqual(without.ContentHash, empty.ContentHash);
    }

    [Fact]
    public void Text_cannot_imitate_the_structure_around_it()
    {
        // With the record's own ToString as canonical form, these two printed identically.
        var one = Lower(LoweringTests.Framework.Replace("\"Source document\"", "\"Source document }, SourceModel { Name = t, Title = x\""));
        var two = Lower(LoweringTests.Framework.Replace("source s \"Source document\"", "source s \"Source document\"\nsource t \"x\""));
        Assert.NotEqual(one.ContentHash, two.ContentHash);
    }

    [Fact]
    public void Equal_numbers_written_differently_hash_alike()
    {
        var whole = Lower(LoweringTests.Framework.Replace("when within 5 points", "when within 5 points"));
        var trailingZero = Lower(LoweringTests.Framework.Replace("when within 5 points", "when within 5.0 points"));
        Assert.Equal(whole, trailingZero);
        Assert.Equal(whole.ContentHash, trailingZero.ContentHash);
    }
}
