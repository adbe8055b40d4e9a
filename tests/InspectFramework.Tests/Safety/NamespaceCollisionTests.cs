using System;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Emit;
using InspectFramework.Compiler.Text;
using InspectFramework.Tests.Emit;
using InspectFramework.Tests.Scoring;

namespace InspectFramework.Tests.Safety;

/// <summary>
/// Generated code names the types it uses from the global namespace, so no framework, fact or item
/// name, and no namespace given with <c>--namespace</c>, can make one of them mean something else:
/// a framework named <c>system</c>, facts named <c>runtime</c>, <c>answer</c> or <c>findings</c>, and
/// namespaces that are real ones (<c>System</c>, <c>InspectFramework.Runtime</c>) give code that
/// Roslyn compiles with no diagnostic.
/// </summary>
public sealed class NamespaceCollisionTests
{
    // Names of the namespaces and types generated code uses, and of members its types already have.
    private static readonly string[] HostileNames =
    {
        "system", "runtime", "answer", "findings", "global", "inspect_framework", "microsoft", "collections", "generic", "linq",
        "validation_finding", "form_item", "choice_item", "answer_sheet", "func", "string_comparison", "code_dom", "generated_code", "object", "math",
    };

    public static TheoryData<string, string?> Cases()
    {
        var data = new TheoryData<string, string?>();
        foreach (var framework in new[] { "system", "runtime", "inspect_framework", "microsoft", "global", "findings" })
        {
            data.Add(framework, null);
        }

        foreach (var ns in new[] { "System", "System.Collections.Generic", "InspectFramework", "InspectFramework.Runtime", "Microsoft.CodeAnalysis", "Runtime", "Findings.System", "@global", "System.Runtime" })
        {
            data.Add("system", ns);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_compiles_whatever_names_collide_with(string framework, string? ns)
    {
        var text = TinyInspection.Framework.Replace("ROUNDING", "half_up")
            .Replace("framework tiny {", $"framework {framework} {{", StringComparison.Ordinal)
            .Replace("fact harm ", string.Concat(HostileNames.Select(n => $"fact {n} \"{n}\" boolean\n        fact {n}_count \"{n} count\" integer\n        ")) + "fact harm ", StringComparison.Ordinal)
            .Replace("prompt (a) strengths \"Strengths?\"", "prompt (a) strengths \"Strengths?\" when system or runtime or answer or findings or global_count > 1 or object or math or func", StringComparison.Ordinal)
            .Replace("prompt (b) victims \"Victims?\" when harm", "prompt (b) victims \"Victims?\" when harm\n              prompt (c) answer \"Answer?\"\n              prompt (d) findings \"Findings?\"\n              prompt (e) system \"System?\"", StringComparison.Ordinal);
        var compilation = FrameworkCompilation.Create(new SourceText("test.inspect", text));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));

        var emitted = CSharpEmitter.Emit(compilation.Model!, new EmitOptions { Namespace = ns });

        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var diagnostics = GeneratedAssembly.Diagnose(emitted.Files);
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics.Take(20)));
    }
}
