using System;
using System.IO;
using System.Text.Json;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tooling.CaseData;

/// <summary>
/// What an inspection data file (docs/case-data.md) means: the inspection entry and its framework
/// stamp, judgements and discretion decisions, each case (its id, case type, facts and answers) into
/// the session's <see cref="CaseRecord"/>, and <c>case_files</c> handed to <see cref="CsvCaseReader"/>.
/// <see cref="JsonInspectionStream"/> reads the JSON and hands over one whole value at a time.
/// </summary>
internal sealed class JsonInspectionReader : IJsonInspectionHandler
{
    public const string FormatName = "inspect-inspection-data/1";

    private const int ProgressEvery = 4096;

    private readonly string _path;
    private readonly string _display;
    private readonly InspectionSession _session;
    private readonly CaseVocabulary _vocabulary;
    private readonly CaseRecord _record;
    private readonly Action<ReadProgress>? _progress;
    private readonly JsonInspectionStream _json;
    private ArrayKind _array;
    private bool _sawInspection;
    private bool _sawFormat;
    private InspectionMetadata _metadata = InspectionMetadata.Empty;

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
        _json = new JsonInspectionStream(path, display, session, this);
    }

    public InspectionMetadata Read()
    {
        if (!_json.Read())
        {
            return _metadata;
        }

        if (!_sawFormat && _json.Closed)
        {
            _session.Report(CaseDataProblems.UnexpectedStructure($"The file does not say what it is: begin it with \"format\": \"{FormatName}\"", Location.InFile(_display)));
        }

        if (!_sawInspection && !_json.Stopped)
        {
            _session.CheckFramework(null, null, null, Location.InFile(_display));
        }

        return _metadata;
    }

    // The arrays come after the inspection entry, so that the data is checked against the right
    // framework first; each of their elements is read on its own (Element). Acts only when it says
    // Stop or StreamElements: otherwise it may be asked again once the value is whole in the buffer.
    RootAction IJsonInspectionHandler.RootProperty(string name, long nameOffset, JsonTokenType valueType)
    {
        if (name is not ("cases" or "judgements" or "discretion" or "case_files"))
        {
            return RootAction.ReadValue;
        }

        if (!_sawInspection)
        {
            _session.Stop(CaseDataProblems.UnexpectedStructure($"\"{name}\" comes before \"inspection\": put the inspection entry (with its framework stamp) first, so that the data is checked against the right framework before anything else is read", _json.LocationAt(nameOffset)));
            return RootAction.Stop;
        }

        if (valueType != JsonTokenType.StartArray)
        {
            return RootAction.ReadValue;
        }

        _array = name switch
        {
            "cases" => ArrayKind.Cases,
            "judgements" => ArrayKind.Judgements,
            "discretion" => ArrayKind.Discretion,
            _ => ArrayKind.CaseFiles,
        };
        return RootAction.StreamElements;
    }

    void IJsonInspectionHandler.Element(long start, ref Utf8JsonReader value)
    {
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
    }

    void IJsonInspectionHandler.RootValue(string name, long nameOffset, ref Utf8JsonReader value)
    {
        switch (name)
        {
            case "format":
                _sawFormat = true;
                if (value.TokenType != JsonTokenType.String || _json.Text(ref value) != FormatName)
                {
                    _session.Report(CaseDataProblems.UnexpectedStructure($"\"format\" must be \"{FormatName}\"", _json.LocationAt(nameOffset)));
                }

                break;
            case "inspection":
                ReadInspection(ref value, nameOffset);
                break;
            case "cases" or "judgements" or "discretion" or "case_files":
                _session.Report(CaseDataProblems.UnexpectedStructure($"\"{name}\" must be an array", _json.LocationAt(nameOffset)));
                break;
            default:
                _session.Report(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{name}\" in the inspection file; it has \"format\", \"inspection\", \"judgements\", \"discretion\", \"cases\" and \"case_files\"", _json.LocationAt(nameOffset)));
                break;
        }
    }

    private void ReadInspection(ref Utf8JsonReader r, long nameOffset)
    {
        _sawInspection = true;
        var at = _json.LocationAt(nameOffset);
        if (r.TokenType != JsonTokenType.StartObject)
        {
            _session.Report(CaseDataProblems.UnexpectedStructure("\"inspection\" must be an object", at));
            _session.CheckFramework(null, null, null, at);
            _json.Stop();
            return;
        }

        string? service = null, inspectorate = null, started = null, ended = null, published = null;
        string? name = null, version = null, hash = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var property = _json.Text(ref r);
            var propertyOffset = _json.Offset(ref r);
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
                    _session.Report(CaseDataProblems.UnexpectedStructure("\"framework\" must be an object with \"name\", \"version\" and \"content_hash\"", _json.LocationAt(propertyOffset)));
                    r.TrySkip();
                    break;
                case "framework":
                    while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                    {
                        var key = _json.Text(ref r);
                        var keyOffset = _json.Offset(ref r);
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
                                _session.Report(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{key}\" in \"framework\"; it has \"name\", \"version\" and \"content_hash\"", _json.LocationAt(keyOffset)));
                                r.TrySkip();
                                break;
                        }
                    }

                    break;
                default:
                    _session.Report(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{property}\" in \"inspection\"; it has \"service\", \"inspectorate\", \"fieldwork_started\", \"fieldwork_ended\", \"published\" and \"framework\"", _json.LocationAt(propertyOffset)));
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
            _json.Stop();
        }
    }

    private string? Text(ref Utf8JsonReader r, string what, long offset)
    {
        if (r.TokenType == JsonTokenType.String)
        {
            var text = _json.Text(ref r);
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        _session.Report(CaseDataProblems.UnexpectedStructure($"The {what} must be a non-empty string", _json.LocationAt(offset)));
        r.TrySkip();
        return null;
    }

    private string? Date(ref Utf8JsonReader r, string what, long offset)
    {
        var text = r.TokenType == JsonTokenType.String ? _json.Text(ref r) : null;
        if (text is not null && IsDate(text))
        {
            return text;
        }

        _session.Report(CaseDataProblems.UnexpectedStructure($"\"{what}\" must be a date written 2020-05-14, or a month written 2020-05", _json.LocationAt(offset)));
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
        var at = _json.LocationAt(start);
        if (r.TokenType != JsonTokenType.StartObject)
        {
            _session.Report(CaseDataProblems.UnexpectedStructure($"{what} must be an object with \"standard\", \"rating\" and \"rationale\"", at));
            return;
        }

        string? standard = null, rating = null, rationale = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var property = _json.Text(ref r);
            var propertyOffset = _json.Offset(ref r);
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
                    _session.Report(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{property}\"; {what.ToLowerInvariant()} has \"standard\", \"rating\" and \"rationale\"", _json.LocationAt(propertyOffset)));
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
        var at = _json.LocationAt(start);
        var name = r.TokenType == JsonTokenType.String ? _json.Text(ref r) : null;
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
        record.Location = _json.LocationAt(start);
        if (r.TokenType != JsonTokenType.StartObject)
        {
            record.AddProblem(CaseDataProblems.UnexpectedStructure("A case must be an object with \"id\", \"case_type\", \"facts\" and \"answers\"", record.Location));
            _session.AddCase(record);
            return;
        }

        var caseTypeGiven = false;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var offset = _json.Offset(ref r);
            if (_json.Is(ref r, "id"u8))
            {
                r.Read();
                if (r.TokenType == JsonTokenType.String)
                {
                    record.Id = _json.Text(ref r)!.Trim();
                }
                else
                {
                    record.AddProblem(CaseDataProblems.UnexpectedStructure("A case's \"id\" must be a string", _json.LocationAt(offset)));
                    r.TrySkip();
                }
            }
            else if (_json.Is(ref r, "case_type"u8))
            {
                r.Read();
                caseTypeGiven = true;
                if (r.TokenType == JsonTokenType.String)
                {
                    var index = _vocabulary.CaseTypes.Find(_json.Unescaped(ref r));
                    if (index >= 0)
                    {
                        record.CaseType = index;
                    }
                    else
                    {
                        var given = _json.Text(ref r)!;
                        record.AddProblem(CaseDataProblems.UnknownCaseType(given, _vocabulary.Plan.SuggestCaseType(given), _vocabulary.Plan.CaseTypes, _json.LocationAt(offset)));
                    }
                }
                else
                {
                    record.AddProblem(CaseDataProblems.UnexpectedStructure("A case's \"case_type\" must be a string", _json.LocationAt(offset)));
                    r.TrySkip();
                }
            }
            else if (_json.Is(ref r, "facts"u8))
            {
                r.Read();
                ReadFacts(ref r, record, offset);
            }
            else if (_json.Is(ref r, "answers"u8))
            {
                r.Read();
                ReadAnswers(ref r, record, offset);
            }
            else
            {
                record.AddProblem(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{_json.Text(ref r)}\" in a case; a case has \"id\", \"case_type\", \"facts\" and \"answers\"", _json.LocationAt(offset)));
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
            _progress(new ReadProgress(_display, _json.Position(ref r), _json.Length, _session.CasesRead));
        }
    }

    private void ReadFacts(ref Utf8JsonReader r, CaseRecord record, long offset)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            record.AddProblem(CaseDataProblems.UnexpectedStructure("A case's \"facts\" must be an object of fact names and values", _json.LocationAt(offset)));
            r.TrySkip();
            return;
        }

        var plan = _vocabulary.Plan;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = _json.Offset(ref r);
            var index = _vocabulary.Facts.Find(_json.Unescaped(ref r));
            if (index < 0 || plan.Facts[index].IsDerived || record.HasFact(index))
            {
                var name = _json.Text(ref r)!;
                record.AddProblem(index < 0
                    ? CaseDataProblems.UnknownFact(name, plan.SuggestFact(name), _json.LocationAt(nameOffset))
                    : plan.Facts[index].IsDerived
                        ? CaseDataProblems.DerivedFactRecorded(name, _json.LocationAt(nameOffset))
                        : CaseDataProblems.RecordedTwice($"Fact '{name}'", _json.LocationAt(nameOffset)));
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
                JsonTokenType.String when fact.Kind == FactKind.Enumeration => _vocabulary.TrySetEnumFact(record, fact, _json.Unescaped(ref r)),
                _ => false,
            };
            if (!valid)
            {
                CaseVocabulary.ReportInvalidFact(record, fact, _json.RawText(ref r), _json.LocationAt(_json.Offset(ref r)));
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
            record.AddProblem(CaseDataProblems.UnexpectedStructure("A case's \"answers\" must be an object of item paths and answers", _json.LocationAt(offset)));
            r.TrySkip();
            return;
        }

        var plan = _vocabulary.Plan;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = _json.Offset(ref r);
            var index = _vocabulary.Items.Find(_json.Unescaped(ref r));
            if (index < 0)
            {
                var name = _json.Text(ref r)!;
                record.AddProblem(CaseDataProblems.UnknownItem(name, plan.SuggestItem(name), plan.ExampleItemPath, _json.LocationAt(nameOffset)));
                r.Read();
                r.TrySkip();
                continue;
            }

            var item = plan.Items[index];
            r.Read();
            if (record.HasAnswer(index) || record.HasRationale(index))
            {
                record.AddProblem(CaseDataProblems.RecordedTwice($"An answer to {(item.IsPrompt ? "prompt" : "key question")} {item.Number}", _json.LocationAt(nameOffset)));
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
                var propertyOffset = _json.Offset(ref r);
                if (_json.Is(ref r, "answer"u8))
                {
                    r.Read();
                    ReadAnswerValue(ref r, record, item);
                }
                else if (_json.Is(ref r, "rationale"u8))
                {
                    r.Read();
                    if (r.TokenType == JsonTokenType.String)
                    {
                        if (!CaseVocabulary.IsBlank(_json.Unescaped(ref r)))
                        {
                            record.SetRationale(index);
                        }
                    }
                    else if (r.TokenType != JsonTokenType.Null)
                    {
                        record.AddProblem(CaseDataProblems.UnexpectedStructure($"The rationale for {item.Number} must be a string", _json.LocationAt(propertyOffset)));
                        r.TrySkip();
                    }
                }
                else
                {
                    record.AddProblem(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{_json.Text(ref r)}\" in the answer to {item.Number}; an answer has \"answer\" and \"rationale\"", _json.LocationAt(propertyOffset)));
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
                var answer = CaseVocabulary.ParseYesNo(_json.Unescaped(ref r), ignoreCase: false);
                if (answer != RecordedAnswer.None)
                {
                    record.SetAnswer(item.Index, answer);
                    return;
                }

                break;
            }

            case JsonTokenType.String when item.Answers == AnswerKind.Text:
                if (!CaseVocabulary.IsBlank(_json.Unescaped(ref r)))
                {
                    record.SetAnswer(item.Index, RecordedAnswer.Value);
                }

                return;
            case JsonTokenType.Number when item.Answers == AnswerKind.Number:
                record.SetAnswer(item.Index, RecordedAnswer.Value);
                return;
        }

        record.SetInvalidAnswer(item.Index, _json.RawText(ref r));
        r.TrySkip();
    }
}
