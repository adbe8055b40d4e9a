using System;
using System.IO;
using System.Text;
using System.Text.Json;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.CaseData;

/// <summary>
/// Reads an inspection data file (docs/case-data.md) as a stream: the file is read in chunks and
/// each case is handed to the session as soon as it is complete, so memory holds one case at a time
/// however many cases the file has. <see cref="Utf8JsonReader.TrySkip"/> tells whether a whole value
/// (a case, the inspection entry) is in the buffer; if not, the buffer is refilled (and grown for a
/// value larger than it) and reading resumes from the saved reader state at the value's start.
/// </summary>
internal sealed class JsonInspectionReader
{
    public const string FormatName = "inspect-inspection-data/1";

    private const int ProgressEvery = 4096;

    private readonly string _path;
    private readonly string _display;
    private readonly InspectionSession _session;
    private readonly CaseVocabulary _vocabulary;
    private readonly CaseRecord _record;
    private readonly Action<ReadProgress>? _progress;
    private readonly LineTracker _lines = new();
    private byte[] _buffer = new byte[1 << 16];
    private byte[] _scratch = new byte[256];
    private Stream? _stream;
    private long _length;
    private long _bufferStart;
    private long _validated;
    private long _invalidAt = -1;
    private int _start;
    private int _end;
    private int _spanStart;
    private bool _eof;
    private JsonReaderState _state;
    private Phase _phase;
    private ArrayKind _array;
    private bool _sawInspection;
    private bool _sawFormat;
    private bool _closed;
    private bool _stop;
    private InspectionMetadata _metadata = InspectionMetadata.Empty;

    private enum Phase
    {
        Start,
        RootProperties,
        Array,
        End,
        Done,
    }

    private enum ArrayKind
    {
        Cases,
        Judgements,
        Discretion,
        CaseFiles,
    }

    public JsonInspectionReader(string path, string display, InspectionSession session, CaseVocabulary vocabulary, Action<ReadProgress>? progress)
    {
        _path = path;
        _display = display;
        _session = session;
        _vocabulary = vocabulary;
        _record = session.NewRecord();
        _progress = progress;
    }

    public InspectionMetadata Read()
    {
        try
        {
            using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            _stream = stream;
            _length = stream.Length;
            SkipByteOrderMark();
            _state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
            while (_phase != Phase.Done)
            {
                if (!Fill())
                {
                    break;
                }

                Process();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _session.Stop(CaseDataProblems.FileUnreadable(e.Message.TrimEnd('.'), Location.InFile(_display)));
            return _metadata;
        }

        if (!_sawFormat && _closed)
        {
            _session.Report(CaseDataProblems.UnexpectedStructure($"The file does not say what it is: begin it with \"format\": \"{FormatName}\"", Location.InFile(_display)));
        }

        if (!_sawInspection && !_stop)
        {
            _session.CheckFramework(null, null, null, Location.InFile(_display));
        }

        return _metadata;
    }

    private void SkipByteOrderMark()
    {
        Fill();
        if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _start = 3;
            _lines.Advance(_buffer, 0, 3);
        }
    }

    // Makes room and reads more; false when nothing more can be read (the caller stops).
    private bool Fill()
    {
        if (_start > 0)
        {
            _lines.Advance(_buffer, _bufferStart, _bufferStart + _start);
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferStart += _start;
            _end -= _start;
            _start = 0;
        }

        if (_eof)
        {
            return true;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= InspectionReader.MaxValueBytes)
            {
                _session.Stop(CaseDataProblems.TooLarge("A single value (a case or the inspection entry)", InspectionReader.MaxValueBytes, LocationAt(_bufferStart)));
                _phase = Phase.Done;
                return false;
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream!.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
        Validate();
        return true;
    }

    // System.Text.Json checks UTF-8 only in the strings it is asked to turn into text, so bytes that
    // are not UTF-8 in a rationale or in white space would pass unseen (a file saved as Windows-1252,
    // for one). Every byte is checked as it arrives; the JSON reader is given only checked bytes, and
    // stops at the first bad one (see Process). A character cut by the end of the buffer waits for
    // the next fill.
    private void Validate()
    {
        if (_invalidAt >= 0)
        {
            return;
        }

        var from = (int)(_validated - _bufferStart);
        var span = _buffer.AsSpan(from, _end - from);
        if (System.Text.Unicode.Utf8.IsValid(span))
        {
            _validated = _bufferStart + _end;
            return;
        }

        var i = 0;
        while (i < span.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span.Slice(i), out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                i += consumed;
            }
            else if (status == System.Buffers.OperationStatus.NeedMoreData && !_eof)
            {
                break;
            }
            else
            {
                _invalidAt = _validated + i;
                break;
            }
        }

        _validated += i;
    }

    // Reads as many whole units (tokens, whole cases) as the buffer holds. A unit that is cut off by
    // the end of the buffer is rolled back to its start, to be read again after the next fill.
    private void Process()
    {
        _spanStart = _start;
        var limit = (int)(_validated - _bufferStart);
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, limit - _start), _eof && limit == _end, _state);
        var checkpoint = 0L;
        var checkpointState = _state;
        try
        {
            while (_phase != Phase.Done && !_stop)
            {
                checkpoint = reader.BytesConsumed;
                checkpointState = reader.CurrentState;
                if (!Step(ref reader))
                {
                    if (_invalidAt >= 0)
                    {
                        var bad = _buffer[(int)(_invalidAt - _bufferStart)].ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
                        _session.Stop(CaseDataProblems.MalformedJson($"the byte 0x{bad} here does not belong to any UTF-8 character (files saved as Windows-1252 or Latin-1 often have such bytes in quotes and dashes)", LocationAt(_invalidAt)));
                        _phase = Phase.Done;
                    }
                    else if (_eof)
                    {
                        // A final block that still needs more is cut short; the reader throws for
                        // most truncations, this catches the rest.
                        _session.Stop(CaseDataProblems.MalformedJson("the file ends before the JSON value is complete", LocationAt(_bufferStart + _end)));
                        _phase = Phase.Done;
                    }

                    break;
                }
            }

            if (_stop)
            {
                _phase = Phase.Done;
            }
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            _session.Stop(CaseDataProblems.MalformedJson(Describe(e), Location.AtLine(_display, line, column)));
            _phase = Phase.Done;
            return;
        }
        catch (InvalidTextException e)
        {
            _session.Stop(CaseDataProblems.MalformedJson("this text is not valid UTF-8, or has a \\u escape that is half of a character (a lone surrogate)", e.At));
            _phase = Phase.Done;
            return;
        }

        _start += (int)checkpoint;
        _state = checkpointState;
    }

    // One unit; false when the buffer ran out first.
    private bool Step(ref Utf8JsonReader reader)
    {
        switch (_phase)
        {
            case Phase.Start:
                if (!reader.Read())
                {
                    return false;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    _session.Stop(CaseDataProblems.UnexpectedStructure("An inspection data file is one JSON object with \"inspection\" and \"cases\"", LocationAt(Offset(ref reader))));
                    _stop = true;
                    return true;
                }

                _phase = Phase.RootProperties;
                return true;

            case Phase.RootProperties:
            {
                if (!reader.Read())
                {
                    return false;
                }

                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    _phase = Phase.End;
                    _closed = true;
                    return true;
                }

                var nameOffset = Offset(ref reader);
                var name = Text(ref reader) ?? string.Empty;
                if (!reader.Read())
                {
                    return false;
                }

                if (name is "cases" or "judgements" or "discretion" or "case_files")
                {
                    if (!_sawInspection)
                    {
                        _session.Stop(CaseDataProblems.UnexpectedStructure($"\"{name}\" comes before \"inspection\": put the inspection entry (with its framework stamp) first, so that the data is checked against the right framework before anything else is read", LocationAt(nameOffset)));
                        _stop = true;
                        return true;
                    }

                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        _array = name switch
                        {
                            "cases" => ArrayKind.Cases,
                            "judgements" => ArrayKind.Judgements,
                            "discretion" => ArrayKind.Discretion,
                            _ => ArrayKind.CaseFiles,
                        };
                        _phase = Phase.Array;
                        return true;
                    }
                }

                var value = reader;
                if (!reader.TrySkip())
                {
                    return false;
                }

                RootValue(name, nameOffset, ref value);
                return true;
            }

            case Phase.Array:
            {
                if (!reader.Read())
                {
                    return false;
                }

                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    _phase = Phase.RootProperties;
                    return true;
                }

                var start = Offset(ref reader);
                var value = reader;
                if (!reader.TrySkip())
                {
                    return false;
                }

                switch (_array)
                {
                    case ArrayKind.Cases:
                        ReadCase(ref value, start);
                        break;
                    case ArrayKind.Judgements:
                    case ArrayKind.Discretion:
                        ReadDecision(ref value, start, _array == ArrayKind.Judgements);
                        break;
                    default:
                        ReadCaseFile(ref value, start);
                        break;
                }

                return true;
            }

            case Phase.End:
                // Anything after the root object is an error the reader reports by throwing.
                if (!reader.Read())
                {
                    if (!_eof)
                    {
                        return false;
                    }

                    _phase = Phase.Done;
                    return true;
                }

                _session.Stop(CaseDataProblems.MalformedJson("there is more after the end of the inspection object", LocationAt(Offset(ref reader))));
                _phase = Phase.Done;
                return true;

            default:
                return true;
        }
    }

    private void RootValue(string name, long nameOffset, ref Utf8JsonReader value)
    {
        switch (name)
        {
            case "format":
                _sawFormat = true;
                if (value.TokenType != JsonTokenType.String || Text(ref value) != FormatName)
                {
                    _session.Report(CaseDataProblems.UnexpectedStructure($"\"format\" must be \"{FormatName}\"", LocationAt(nameOffset)));
                }

                break;
            case "inspection":
                ReadInspection(ref value, nameOffset);
                break;
            case "cases" or "judgements" or "discretion" or "case_files":
                _session.Report(CaseDataProblems.UnexpectedStructure($"\"{name}\" must be an array", LocationAt(nameOffset)));
                break;
            default:
                _session.Report(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{name}\" in the inspection file; it has \"format\", \"inspection\", \"judgements\", \"discretion\", \"cases\" and \"case_files\"", LocationAt(nameOffset)));
                break;
        }
    }

    private void ReadInspection(ref Utf8JsonReader r, long nameOffset)
    {
        _sawInspection = true;
        var at = LocationAt(nameOffset);
        if (r.TokenType != JsonTokenType.StartObject)
        {
            _session.Report(CaseDataProblems.UnexpectedStructure("\"inspection\" must be an object", at));
            _session.CheckFramework(null, null, null, at);
            _stop = true;
            return;
        }

        string? service = null, inspectorate = null, started = null, ended = null, published = null;
        string? name = null, version = null, hash = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var property = Text(ref r);
            var propertyOffset = Offset(ref r);
            r.Read();
            switch (property)
            {
                case "service":
                    service = Text(ref r, "service", propertyOffset);
                    break;
                case "inspectorate":
                    inspectorate = Text(ref r, "inspectorate", propertyOffset);
                    break;
                case "fieldwork_started":
                    started = Date(ref r, property, propertyOffset);
                    break;
                case "fieldwork_ended":
                    ended = Date(ref r, property, propertyOffset);
                    break;
                case "published":
                    published = Date(ref r, property, propertyOffset);
                    break;
                case "framework" when r.TokenType != JsonTokenType.StartObject:
                    _session.Report(CaseDataProblems.UnexpectedStructure("\"framework\" must be an object with \"name\", \"version\" and \"content_hash\"", LocationAt(propertyOffset)));
                    r.TrySkip();
                    break;
                case "framework":
                    while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                    {
                        var key = Text(ref r);
                        var keyOffset = Offset(ref r);
                        r.Read();
                        switch (key)
                        {
                            case "name":
                                name = Text(ref r, "framework name", keyOffset);
                                break;
                            case "version":
                                version = Text(ref r, "framework version", keyOffset);
                                break;
                            case "content_hash":
                                hash = Text(ref r, "framework content hash", keyOffset);
                                break;
                            default:
                                _session.Report(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{key}\" in \"framework\"; it has \"name\", \"version\" and \"content_hash\"", LocationAt(keyOffset)));
                                r.TrySkip();
                                break;
                        }
                    }

                    break;
                default:
                    _session.Report(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{property}\" in \"inspection\"; it has \"service\", \"inspectorate\", \"fieldwork_started\", \"fieldwork_ended\", \"published\" and \"framework\"", LocationAt(propertyOffset)));
                    r.TrySkip();
                    break;
            }
        }

        if (service is null)
        {
            _session.Report(CaseDataProblems.MissingInspectionEntry("service", "Name the inspected service in \"inspection\": { \"service\": \"...\" }.", at));
        }

        _metadata = new InspectionMetadata(service, inspectorate, started, ended, published, name is null || version is null || hash is null ? null : new FrameworkIdentity(name, version, hash));
        if (!_session.CheckFramework(name, version, hash, at))
        {
            // Cases recorded under another framework would only produce misleading problems.
            _stop = true;
        }
    }

    private string? Text(ref Utf8JsonReader r, string what, long offset)
    {
        if (r.TokenType == JsonTokenType.String)
        {
            var text = Text(ref r);
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        _session.Report(CaseDataProblems.UnexpectedStructure($"The {what} must be a non-empty string", LocationAt(offset)));
        r.TrySkip();
        return null;
    }

    private string? Date(ref Utf8JsonReader r, string what, long offset)
    {
        var text = r.TokenType == JsonTokenType.String ? Text(ref r) : null;
        if (text is not null && IsDate(text))
        {
            return text;
        }

        _session.Report(CaseDataProblems.UnexpectedStructure($"\"{what}\" must be a date written 2020-05-14, or a month written 2020-05", LocationAt(offset)));
        r.TrySkip();
        return null;
    }

    internal static bool IsDate(string text)
    {
        if (text.Length is not (7 or 10))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var ok = i is 4 or 7 ? text[i] == '-' : text[i] is >= '0' and <= '9';
            if (!ok)
            {
                return false;
            }
        }

        var month = ((text[5] - '0') * 10) + (text[6] - '0');
        if (month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            return true;
        }

        var day = ((text[8] - '0') * 10) + (text[9] - '0');
        var year = int.Parse(text.Substring(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        return day >= 1 && year >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private void ReadDecision(ref Utf8JsonReader r, long start, bool judgement)
    {
        var what = judgement ? "A judgement" : "A professional discretion decision";
        var at = LocationAt(start);
        if (r.TokenType != JsonTokenType.StartObject)
        {
            _session.Report(CaseDataProblems.UnexpectedStructure($"{what} must be an object with \"standard\", \"rating\" and \"rationale\"", at));
            return;
        }

        string? standard = null, rating = null, rationale = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var property = Text(ref r);
            var propertyOffset = Offset(ref r);
            r.Read();
            switch (property)
            {
                case "standard":
                    standard = Text(ref r, "standard", propertyOffset);
                    break;
                case "rating":
                    rating = Text(ref r, "rating", propertyOffset);
                    break;
                case "rationale":
                    rationale = r.TokenType == JsonTokenType.Null ? null : Text(ref r, "rationale", propertyOffset);
                    break;
                default:
                    _session.Report(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{property}\"; {what.ToLowerInvariant()} has \"standard\", \"rating\" and \"rationale\"", LocationAt(propertyOffset)));
                    r.TrySkip();
                    break;
            }
        }

        if (standard is null || rating is null)
        {
            _session.Report(CaseDataProblems.UnexpectedStructure($"{what} needs \"standard\" and \"rating\"", at));
            return;
        }

        if (judgement)
        {
            _session.RecordJudgement(standard, rating, rationale, at);
        }
        else
        {
            _session.RequestDiscretion(standard, rating, rationale, at);
        }
    }

    private void ReadCaseFile(ref Utf8JsonReader r, long start)
    {
        var at = LocationAt(start);
        var name = r.TokenType == JsonTokenType.String ? Text(ref r) : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            _session.Report(CaseDataProblems.UnexpectedStructure("Each entry of \"case_files\" names a CSV file of cases, relative to this file", at));
            r.TrySkip();
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(_path)) ?? ".";
        var full = Path.Combine(directory, name);
        var display = Path.Combine(Path.GetDirectoryName(_display) ?? string.Empty, name);
        if (!File.Exists(full))
        {
            _session.Stop(CaseDataProblems.FileUnreadable($"case file '{display}' does not exist", at));
            return;
        }

        new CsvCaseReader(full, display, _session, _vocabulary, _progress).Read();
    }

    private void ReadCase(ref Utf8JsonReader r, long start)
    {
        var record = _record;
        record.Clear();
        record.Location = LocationAt(start);
        if (r.TokenType != JsonTokenType.StartObject)
        {
            record.AddProblem(CaseDataProblems.UnexpectedStructure("A case must be an object with \"id\", \"case_type\", \"facts\" and \"answers\"", record.Location));
            _session.AddCase(record);
            return;
        }

        var caseTypeGiven = false;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var offset = Offset(ref r);
            if (Is(ref r, "id"u8))
            {
                r.Read();
                if (r.TokenType == JsonTokenType.String)
                {
                    record.Id = Text(ref r)!.Trim();
                }
                else
                {
                    record.AddProblem(CaseDataProblems.UnexpectedStructure("A case's \"id\" must be a string", LocationAt(offset)));
                    r.TrySkip();
                }
            }
            else if (Is(ref r, "case_type"u8))
            {
                r.Read();
                caseTypeGiven = true;
                if (r.TokenType == JsonTokenType.String)
                {
                    var index = _vocabulary.CaseTypes.Find(Unescaped(ref r));
                    if (index >= 0)
                    {
                        record.CaseType = index;
                    }
                    else
                    {
                        var given = Text(ref r)!;
                        record.AddProblem(CaseDataProblems.UnknownCaseType(given, _vocabulary.Plan.SuggestCaseType(given), _vocabulary.Plan.CaseTypes, LocationAt(offset)));
                    }
                }
                else
                {
                    record.AddProblem(CaseDataProblems.UnexpectedStructure("A case's \"case_type\" must be a string", LocationAt(offset)));
                    r.TrySkip();
                }
            }
            else if (Is(ref r, "facts"u8))
            {
                r.Read();
                ReadFacts(ref r, record, offset);
            }
            else if (Is(ref r, "answers"u8))
            {
                r.Read();
                ReadAnswers(ref r, record, offset);
            }
            else
            {
                record.AddProblem(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{Text(ref r)}\" in a case; a case has \"id\", \"case_type\", \"facts\" and \"answers\"", LocationAt(offset)));
                r.Read();
                r.TrySkip();
            }
        }

        if (!caseTypeGiven)
        {
            record.AddProblem(CaseDataProblems.MissingCaseType(_vocabulary.Plan.CaseTypes, record.Location));
        }

        _session.AddCase(record);
        if (_progress is not null && _session.CasesRead % ProgressEvery == 0)
        {
            _progress(new ReadProgress(_display, _bufferStart + _spanStart + r.BytesConsumed, _length, _session.CasesRead));
        }
    }

    private void ReadFacts(ref Utf8JsonReader r, CaseRecord record, long offset)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            record.AddProblem(CaseDataProblems.UnexpectedStructure("A case's \"facts\" must be an object of fact names and values", LocationAt(offset)));
            r.TrySkip();
            return;
        }

        var plan = _vocabulary.Plan;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = Offset(ref r);
            var index = _vocabulary.Facts.Find(Unescaped(ref r));
            if (index < 0 || plan.Facts[index].IsDerived || record.HasFact(index))
            {
                var name = Text(ref r)!;
                record.AddProblem(index < 0
                    ? CaseDataProblems.UnknownFact(name, plan.SuggestFact(name), LocationAt(nameOffset))
                    : plan.Facts[index].IsDerived
                        ? CaseDataProblems.DerivedFactRecorded(name, LocationAt(nameOffset))
                        : CaseDataProblems.RecordedTwice($"Fact '{name}'", LocationAt(nameOffset)));
                r.Read();
                r.TrySkip();
                continue;
            }

            r.Read();
            var fact = plan.Facts[index];
            var valid = r.TokenType switch
            {
                JsonTokenType.Null => true,
                JsonTokenType.True when fact.Kind == FactKind.Boolean => Set(record, index, 1),
                JsonTokenType.False when fact.Kind == FactKind.Boolean => Set(record, index, 0),
                JsonTokenType.Number when fact.Kind == FactKind.Integer && r.TryGetInt32(out var number) => Set(record, index, number),
                JsonTokenType.String when fact.Kind == FactKind.Enumeration => _vocabulary.TrySetEnumFact(record, fact, Unescaped(ref r)),
                _ => false,
            };
            if (!valid)
            {
                CaseVocabulary.ReportInvalidFact(record, fact, RawText(ref r), LocationAt(Offset(ref r)));
                r.TrySkip();
            }
        }
    }

    private static bool Set(CaseRecord record, int fact, int value)
    {
        record.SetFact(fact, value);
        return true;
    }

    private void ReadAnswers(ref Utf8JsonReader r, CaseRecord record, long offset)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            record.AddProblem(CaseDataProblems.UnexpectedStructure("A case's \"answers\" must be an object of item paths and answers", LocationAt(offset)));
            r.TrySkip();
            return;
        }

        var plan = _vocabulary.Plan;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = Offset(ref r);
            var index = _vocabulary.Items.Find(Unescaped(ref r));
            if (index < 0)
            {
                var name = Text(ref r)!;
                record.AddProblem(CaseDataProblems.UnknownItem(name, plan.SuggestItem(name), plan.ExampleItemPath, LocationAt(nameOffset)));
                r.Read();
                r.TrySkip();
                continue;
            }

            var item = plan.Items[index];
            r.Read();
            if (record.HasAnswer(index) || record.HasRationale(index))
            {
                record.AddProblem(CaseDataProblems.RecordedTwice($"An answer to {(item.IsPrompt ? "prompt" : "key question")} {item.Number}", LocationAt(nameOffset)));
                r.TrySkip();
                continue;
            }

            if (r.TokenType != JsonTokenType.StartObject)
            {
                ReadAnswerValue(ref r, record, item);
                continue;
            }

            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                var propertyOffset = Offset(ref r);
                if (Is(ref r, "answer"u8))
                {
                    r.Read();
                    ReadAnswerValue(ref r, record, item);
                }
                else if (Is(ref r, "rationale"u8))
                {
                    r.Read();
                    if (r.TokenType == JsonTokenType.String)
                    {
                        if (!CaseVocabulary.IsBlank(Unescaped(ref r)))
                        {
                            record.SetRationale(index);
                        }
                    }
                    else if (r.TokenType != JsonTokenType.Null)
                    {
                        record.AddProblem(CaseDataProblems.UnexpectedStructure($"The rationale for {item.Number} must be a string", LocationAt(propertyOffset)));
                        r.TrySkip();
                    }
                }
                else
                {
                    record.AddProblem(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{Text(ref r)}\" in the answer to {item.Number}; an answer has \"answer\" and \"rationale\"", LocationAt(propertyOffset)));
                    r.Read();
                    r.TrySkip();
                }
            }
        }
    }

    private void ReadAnswerValue(ref Utf8JsonReader r, CaseRecord record, PlanItem item)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.Null:
                return;
            case JsonTokenType.String when item.Answers is AnswerKind.YesNo or AnswerKind.YesNoNotApplicable:
            {
                var answer = CaseVocabulary.ParseYesNo(Unescaped(ref r), ignoreCase: false);
                if (answer != RecordedAnswer.None)
                {
                    record.SetAnswer(item.Index, answer);
                    return;
                }

                break;
            }

            case JsonTokenType.String when item.Answers == AnswerKind.Text:
                if (!CaseVocabulary.IsBlank(Unescaped(ref r)))
                {
                    record.SetAnswer(item.Index, RecordedAnswer.Value);
                }

                return;
            case JsonTokenType.Number when item.Answers == AnswerKind.Number:
                record.SetAnswer(item.Index, RecordedAnswer.Value);
                return;
        }

        record.SetInvalidAnswer(item.Index, RawText(ref r));
        r.TrySkip();
    }

    // A token's text for messages: strings unquoted, other values as written.
    private string RawText(ref Utf8JsonReader r) => r.TokenType switch
    {
        JsonTokenType.String => Text(ref r) ?? string.Empty,
        JsonTokenType.StartObject => "{...}",
        JsonTokenType.StartArray => "[...]",
        _ => Encoding.UTF8.GetString(r.ValueSpan),
    };

    private ReadOnlySpan<byte> Unescaped(ref Utf8JsonReader r)
    {
        if (!r.ValueIsEscaped)
        {
            return r.ValueSpan;
        }

        if (_scratch.Length < r.ValueSpan.Length)
        {
            _scratch = new byte[r.ValueSpan.Length];
        }

        int written;
        try
        {
            written = r.CopyString(_scratch);
        }
        catch (InvalidOperationException)
        {
            throw new InvalidTextException(LocationAt(Offset(ref r)));
        }

        return _scratch.AsSpan(0, written);
    }

    // System.Text.Json reads a string's bytes without checking them; only turning them into text
    // finds bytes that are not UTF-8, or a \u escape of half a surrogate pair. Either makes the
    // file unreadable from here on, like a syntax error, and is reported where the string is.
    private string? Text(ref Utf8JsonReader r)
    {
        try
        {
            return r.GetString();
        }
        catch (InvalidOperationException) when (r.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            throw new InvalidTextException(LocationAt(Offset(ref r)));
        }
    }

    private bool Is(ref Utf8JsonReader r, ReadOnlySpan<byte> text)
    {
        try
        {
            return r.ValueTextEquals(text);
        }
        catch (InvalidOperationException) when (r.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            throw new InvalidTextException(LocationAt(Offset(ref r)));
        }
    }

    private sealed class InvalidTextException(Location at) : Exception
    {
        public Location At { get; } = at;
    }

    private long Offset(ref Utf8JsonReader r) => _bufferStart + _spanStart + r.TokenStartIndex;

    private Location LocationAt(long offset)
    {
        _lines.Advance(_buffer, _bufferStart, Math.Min(offset, _bufferStart + _end));
        return Location.AtLine(_display, _lines.Line, _lines.Column);
    }

    // System.Text.Json's messages end with its own position text; the location is reported apart.
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message.Substring(0, cut);
        }

        message = message.TrimEnd('.', ' ');
        return message.Length == 0 ? "the JSON cannot be read" : char.ToLowerInvariant(message[0]) + message.Substring(1);
    }
}
