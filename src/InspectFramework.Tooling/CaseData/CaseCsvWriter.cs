using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.CaseData;

/// <summary>
/// Writes cases as the flat CSV the reader takes (docs/case-data.md): <c>id</c>, <c>case_type</c>,
/// every recorded fact, then every key question and prompt of the case domains, each followed by its
/// <c>:rationale</c> column where the item requires a rationale. RFC 4180 quoting, CRLF line ends.
/// </summary>
public sealed class CaseCsvWriter
{
    private readonly TextWriter _writer;
    private readonly List<string> _columns = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly string?[] _row;

    public CaseCsvWriter(TextWriter writer, ScoringPlan plan)
    {
        _writer = writer;
        _columns.Add("id");
        _columns.Add("case_type");
        _columns.AddRange(plan.Facts.Where(f => !f.IsDerived).Select(f => f.Name));
        foreach (var item in plan.Items.Where(i => plan.Domains[i.Domain].HasCaseSample))
        {
            _columns.Add(item.Path);
            if (item.RationaleRequired)
            {
                _columns.Add(item.Path + CsvCaseReader.RationaleSuffix);
            }
        }

        for (var i = 0; i < _columns.Count; i++)
        {
            _index[_columns[i]] = i;
        }

        _row = new string?[_columns.Count];
        WriteRow(_columns);
    }

    public IReadOnlyList<string> Columns => _columns;

    /// <exception cref="ArgumentException">The case has a fact or answer no column holds.</exception>
    public void WriteCase(RecordedCase recorded)
    {
        Array.Clear(_row, 0, _row.Length);
        _row[0] = recorded.Id;
        _row[1] = recorded.CaseType;
        foreach (var fact in recorded.Facts)
        {
            _row[Column(fact.Name)] = fact.Value switch
            {
                bool b => b ? "true" : "false",
                _ => Convert.ToString(fact.Value, CultureInfo.InvariantCulture),
            };
        }

        foreach (var answer in recorded.Answers)
        {
            _row[Column(answer.Path)] = answer.Answer;
            if (answer.Rationale is not null)
            {
                _row[Column(answer.Path + CsvCaseReader.RationaleSuffix)] = answer.Rationale;
            }
        }

        WriteRow(_row);
    }

    /// <summary>A field as RFC 4180 writes it: quoted when it holds a comma, quote or line break.</summary>
    internal static string Quote(string field) =>
        field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    private int Column(string name) =>
        _index.TryGetValue(name, out var i) ? i : throw new ArgumentException($"No CSV column holds '{name}'.", nameof(name));

    private void WriteRow(IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            if (fields[i] is { } field)
            {
                _writer.Write(Quote(field));
            }
        }

        _writer.Write("\r\n");
    }
}
