using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;
using System.Threading;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Checking;
using InspectFramework.Compiler.Diagnostics;
using InspectFramework.Compiler.Parsing;
using InspectFramework.Compiler.Text;
using InspectFramework.Synthetic;

namespace InspectFramework.Benchmarks;

/// <summary>
/// <c>allocations PHASE (SCALE | --chain LENGTH)</c>: what one call of a phase allocates, by type, from
/// the runtime's allocation sampling (an event about every 100 KB, naming the type of the object that
/// crossed the mark), so the figures are estimates in proportion to the bytes. No profiler to install:
/// the events come to an in-process <see cref="EventListener"/>.
/// </summary>
internal static class AllocationProfile
{
    public static readonly IReadOnlyList<string> Phases = new[] { "FrontEnd", "Recheck", "Parse", "Bind", "Check" };

    public static int Run(string phase, string text, string name)
    {
        var source = new SourceText(name, text);
        var previous = FrameworkCompilation.FromText(source);
        var syntax = previous.Syntax;
        var framework = previous.Framework ?? throw new InvalidOperationException("The framework did not bind.");
        var firstLineEnd = text.IndexOf('\n');
        var edited = new SourceText(name, text.Insert(firstLineEnd, "x"));
        Action action = phase switch
        {
            "FrontEnd" => () => FrameworkCompilation.Create(source),
            "Recheck" => () => FrameworkCompilation.FromText(edited, previous),
            "Parse" => () => FrameworkParser.Parse(source, new DiagnosticBag(source)),
            "Bind" => () => Binder.Bind(syntax, new DiagnosticBag(source)),
            "Check" => () => FrameworkChecker.Check(framework, new DiagnosticBag(source)),
            _ => throw new ArgumentException($"unknown phase '{phase}'", nameof(phase)),
        };

        action();
        using var listener = new AllocationListener();
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The runtime's events arrive on another thread, a little later.
        Thread.Sleep(2000);
        var byType = listener.Snapshot();
        var sampled = byType.Values.Sum();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1:F1} MB allocated; sampled {2:F1} MB, by type:", phase, allocated / 1048576.0, sampled / 1048576.0));
        foreach (var (type, bytes) in byType.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(30))
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,9:F1} MB {1,5:F1}%  {2}", bytes / 1048576.0, 100.0 * bytes / sampled, type));
        }

        GC.KeepAlive(syntax);
        return 0;
    }

    public static string Synthetic(int scale) => SyntheticFramework.Generate(scale);

    private sealed class AllocationListener : EventListener
    {
        private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);

        public Dictionary<string, long> Snapshot()
        {
            lock (_bytes)
            {
                return new Dictionary<string, long>(_bytes, StringComparer.Ordinal);
            }
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: includes GCAllocationTick.
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null)
            {
                return;
            }

            var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
            var amountIndex = e.PayloadNames.IndexOf("AllocationAmount64");
            var amount = amountIndex >= 0 ? Convert.ToInt64(e.Payload[amountIndex], CultureInfo.InvariantCulture) : 100_000L;
            lock (_bytes)
            {
                _bytes[type] = _bytes.TryGetValue(type, out var sum) ? sum + amount : amount;
            }
        }
    }
}
