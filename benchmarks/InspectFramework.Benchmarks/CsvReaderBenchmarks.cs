using System;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using InspectFramework.Tooling.CaseData;
using SylvanOptions = Sylvan.Data.Csv.CsvDataReaderOptions;
using SylvanReader = Sylvan.Data.Csv.CsvDataReader;

namespace InspectFramework.Benchmarks;

/// <summary>
/// Cutting one CSV of cases into fields, with the line and column of every field known, as
/// <see cref="CsvTokenizer"/> does for its problems: the hand-written tokenizer against Sylvan.Data.Csv
/// and CsvHelper. Neither library reports where a field starts, so each also does what exact places
/// would take on top of it:
/// - Sylvan (CsvDataReader) gives field values only: the line is advanced by the line breaks counted
///   in each value, the column by its length plus two for quotes when the value needs them. That is a
///   lower bound: a doubled quote or a CRLF inside quotes makes the raw text longer than the value,
///   which Sylvan does not expose, so its places would still be wrong there.
/// - CsvHelper 34 (CsvReader, UTF-8 with SIMD) gives the line each record starts on (LineNumber, with
///   TrackLineNumbers) and each field's raw bytes (GetRawSpan): exact places mean walking those bytes
///   again, counting line breaks and characters.
/// Run: dotnet run -c Release --project benchmarks/InspectFramework.Benchmarks -- --filter '*CsvReaderBenchmarks*' --job short --inProcess
/// </summary>
[MemoryDiagnoser]
public class CsvReaderBenchmarks
{
    private const int Cases = 50_000;
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "inspect-csv-benchmark-cases.csv");
        using var writer = new StreamWriter(_path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        var header = new StringBuilder("id,case_type,age,looked_after,disposal");
        for (var q = 1; q <= 24; q++)
        {
            header.Append(",2.").Append(q / 4 + 1).Append('.').Append(q % 4 + 1);
        }

        writer.WriteLine(header.Append(",notes").ToString());
        var answers = new[] { "yes", "no", "not applicable", string.Empty };
        for (var i = 0; i < Cases; i++)
        {
            var row = new StringBuilder();
            row.Append("case-").Append(i.ToString(CultureInfo.InvariantCulture)).Append(i % 3 == 0 ? ",out_of_court," : ",court,");
            row.Append((12 + (i % 6)).ToString(CultureInfo.InvariantCulture)).Append(i % 5 == 0 ? ",true," : ",false,");
            row.Append(i % 2 == 0 ? "referral_order" : "youth_rehabilitation_order");
            for (var q = 0; q < 24; q++)
            {
                row.Append(',').Append(answers[(i + q) % answers.Length]);
            }

            // One case in ten carries a quoted note: a comma, a doubled quote, one in fifty a line break.
            row.Append(',');
            if (i % 10 == 0)
            {
                row.Append(i % 50 == 0 ? "\"Seen twice, \"\"urgent\"\"\nfollow up\"" : "\"Seen twice, \"\"urgent\"\"\"");
            }

            writer.WriteLine(row.ToString());
        }
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public long HandWritten()
    {
        using var reader = new StreamReader(_path, new UTF8Encoding(false, true), true, 1 << 16);
        var csv = new CsvTokenizer(reader, "cases.csv");
        var sum = 0L;
        while (csv.ReadRow(out _))
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                sum += csv.Field(i).Length;
            }

            var last = csv.FieldLocation(csv.FieldCount - 1);
            sum += last.LineSpan.Start.Line + last.LineSpan.Start.Character;
        }

        return sum;
    }

    [Benchmark]
    public long SylvanDataCsv()
    {
        using var reader = new StreamReader(_path, new UTF8Encoding(false, true), true, 1 << 16);
        using var csv = SylvanReader.Create(reader, new SylvanOptions { HasHeaders = false });
        var sum = 0L;
        var line = 1;
        while (csv.Read())
        {
            var column = 1;
            var rowLine = line;
            for (var i = 0; i < csv.FieldCount; i++)
            {
                var value = csv.GetFieldSpan(i);
                sum += value.Length;
                var breaks = value.Count('\n');
                if (breaks > 0)
                {
                    line += breaks;
                    column = value.Length - value.LastIndexOf('\n');
                }
                else
                {
                    column += value.Length + (value.IndexOfAny(',', '"') >= 0 ? 2 : 0);
                }

                column++;
            }

            sum += rowLine + column;
            line++;
        }

        return sum;
    }

    [Benchmark]
    public long CsvHelperReader()
    {
        using var csv = CsvReader.Create(File.OpenRead(_path), new CsvReaderOptions { HasHeader = false, TrackLineNumbers = true }, false);
        var sum = 0L;
        while (csv.Read())
        {
            var line = (long)csv.LineNumber;
            var column = 1L;
            for (var i = 0; i < csv.FieldCount; i++)
            {
                sum += csv.GetSpan(i).Length;

                // Field i starts at (line, column); the next one after its raw text and the comma.
                foreach (var b in csv.GetRawSpan(i))
                {
                    if (b == (byte)'\n')
                    {
                        line++;
                        column = 1;
                    }
                    else if ((b & 0xC0) != 0x80 && b != (byte)'\r')
                    {
                        column++;
                    }
                }

                column++;
            }

            sum += line + column;
        }

        return sum;
    }
}
