using System;
using System.IO;
using System.Text;
using System.Text.Json;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Tooling.Files;
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

    // Null when the data has no folder (a pipe, with none given).
    private readonly CaseFileFolder? _caseFiles;
    private readonly string _display;
    private readonly InspectionSession _session;
    private readonly CaseVocabulary _vocabulary;
    private readonly CaseRecord _record;
    private readonly Action<ReadProgress>? _progress;
    private readonly InspectionReadOptions _options;
    private readonly JsonInspectionStream _json;

    // "the answer to 1.2.3", for a key given twice in an answer, made once per item.
    private readonly string?[] _answerIn;
    private ArrayKind _array;
    private Keys _rootKeys;
    private InspectionMetadata _metadata = InspectionMetadata.Empty;

    private enum ArrayKind
    {
        Cases,
        Judgements,
        Discretion,
        CaseFiles,
        Ratings,
    }

    // The known keys of each object, a bit each, to refuse a key given twice: other readers of the
    // same file would silently keep one of the two values, and not always the same one.
    [Flags]
    private enum Keys
    {
        None = 0,
        Format = 1 << 0,
        Inspection = 1 << 1,
        Judgements = 1 << 2,
        Discretion = 1 << 3,
        Cases = 1 << 4,
        CaseFiles = 1 << 5,
        Service = 1 << 6,
        Inspectorate = 1 << 7,
        FieldworkStarted = 1 << 8,
        FieldworkEnded = 1 << 9,
        Published = 1 << 10,
        Framework = 1 << 11,
        Name = 1 << 12,
        Version = 1 << 13,
        ContentHash = 1 << 14,
        Standard = 1 << 15,
        Rating = 1 << 16,
        Rationale = 1 << 17,
        Id = 1 << 18,
        CaseType = 1 << 19,
        Facts = 1 << 20,
        Answers = 1 << 21,
        Answer = 1 << 22,
        Ratings = 1 << 23,
        Schema = 1 << 24,

        Root = Format | Inspection | Judgements | Discretion | Cases | CaseFiles | Ratings | Schema,
        InInspection = Service | Inspectorate | FieldworkStarted | FieldworkEnded | Published | Framework,
        InStamp = Name | Version | ContentHash,
        InDecision = Standard | Rating | Rationale,
        InCase = Id | CaseType | Facts | Answers,
        InAnswer = Answer | Rationale,
    }

    public JsonInspectionReader(string display, CaseFileFolder? caseFiles, InspectionSession session, CaseVocabulary vocabulary, Action<ReadProgress>? progress, InspectionReadOptions options)
    {
        _options = options;
        _caseFiles = caseFiles;
        _display = display;
        _session = session;
        _vocabulary = vocabulary;
        _record = session.NewRecord();
        _progress = progress;
        _json = new JsonInspectionStream(display, session, this);
        _answerIn = new string?[vocabulary.Plan.Items.Length];
    }

    public InspectionMetadata Read(Stream stream)
    {
        if (!_json.Read(stream))
        {
            return _metadata;
        }

        if ((_rootKeys & Keys.Format) == 0 && _json.Closed)
        {
            _session.Report(CaseDataProblems.UnexpectedStructure($"The file does not say what it is: begin it with \"format\": \"{FormatName}\"", Location.InFile(_display)));
        }

        if ((_rootKeys & Keys.Inspection) == 0 && !_json.Stopped)
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
        if (name is not ("cases" or "judgements" or "discretion" or "case_files" or "ratings"))
        {
            return RootAction.ReadValue;
        }

        if ((_rootKeys & Keys.Inspection) == 0)
        {
            _session.Stop(CaseDataProblems.UnexpectedStructure($"\"{name}\" comes before \"inspection\": put the inspection entry (with its framework stamp) first, so that the data is checked against the right framework before anything else is read", _json.LocationAt(nameOffset)));
            return RootAction.Stop;
        }

        if (valueType != JsonTokenType.StartArray)
        {
            return RootAction.ReadValue;
        }

        if (!FirstRootKey(name, nameOffset))
        {
            return RootAction.Stop;
        }

        _array = name switch
        {
            "cases" => ArrayKind.Cases,
            "judgements" => ArrayKind.Judgements,
            "discretion" => ArrayKind.Discretion,
            "ratings" => ArrayKind.Ratings,
            _ => ArrayKind.CaseFiles,
        };
        return RootAction.StreamElements;
    }

    // A root key given twice stops reading: what follows would be read under the wrong entry, or
    // would count cases a reader keeping the other value would not.
    private bool FirstRootKey(string name, long nameOffset)
    {
        if (First(ref _rootKeys, KeyOf(Encoding.UTF8.GetBytes(name)) & Keys.Root))
        {
            return true;
        }

        _session.Stop(CaseDataProblems.DuplicateKey(name, "the inspection file", _json.LocationAt(nameOffset)));
        _json.Stop();
        return false;
    }

    // Notes a key of an object; false when the object already had it. Unknown keys (None) are
    // reported as unexpected wherever they are.
    private static bool First(ref Keys seen, Keys key)
    {
        var first = (seen & key) == 0;
        seen |= key;
        return first;
    }

    // The known key a property name is, in any object; the case's and the answer's first, as they
    // are read most.
    private static Keys KeyOf(ReadOnlySpan<byte> name) => name switch
    {
        _ when name.SequenceEqual("id"u8) => Keys.Id,
        _ when name.SequenceEqual("case_type"u8) => Keys.CaseType,
        _ when name.SequenceEqual("facts"u8) => Keys.Facts,
        _ when name.SequenceEqual("answers"u8) => Keys.Answers,
        _ when name.SequenceEqual("answer"u8) => Keys.Answer,
        _ when name.SequenceEqual("rationale"u8) => Keys.Rationale,
        _ when name.SequenceEqual("format"u8) => Keys.Format,
        _ when name.SequenceEqual("inspection"u8) => Keys.Inspection,
        _ when name.SequenceEqual("judgements"u8) => Keys.Judgements,
        _ when name.SequenceEqual("discretion"u8) => Keys.Discretion,
        _ when name.SequenceEqual("cases"u8) => Keys.Cases,
        _ when name.SequenceEqual("case_files"u8) => Keys.CaseFiles,
        _ when name.SequenceEqual("ratings"u8) => Keys.Ratings,
        _ when name.SequenceEqual("$schema"u8) => Keys.Schema,
        _ when name.SequenceEqual("service"u8) => Keys.Service,
        _ when name.SequenceEqual("inspectorate"u8) => Keys.Inspectorate,
        _ when name.SequenceEqual("fieldwork_started"u8) => Keys.FieldworkStarted,
        _ when name.SequenceEqual("fieldwork_ended"u8) => Keys.FieldworkEnded,
        _ when name.SequenceEqual("published"u8) => Keys.Published,
        _ when name.SequenceEqual("framework"u8) => Keys.Framework,
        _ when name.SequenceEqual("name"u8) => Keys.Name,
        _ when name.SequenceEqual("version"u8) => Keys.Version,
        _ when name.SequenceEqual("content_hash"u8) => Keys.ContentHash,
        _ when name.SequenceEqual("standard"u8) => Keys.Standard,
        _ when name.SequenceEqual("rating"u8) => Keys.Rating,
        _ => Keys.None,
    };

    // Moves to an object's next property and reads its value's first token; false at the object's
    // end. Every object below the root refuses a key given twice here: the repeat is reported in
    // `where` (to the case when there is one, which rejects it) and its value skipped. A key that
    // is not one of the object's comes back as None, with its name for the message that says so.
    private bool NextProperty(ref Utf8JsonReader r, Keys objectKeys, ref Keys seen, string where, CaseRecord? record, out Keys key, out long offset, out string? unknown)
    {
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            offset = _json.Offset(ref r);
            key = KeyOf(_json.Unescaped(ref r)) & objectKeys;
            unknown = key == Keys.None ? _json.Text(ref r) : null;
            if (First(ref seen, key))
            {
                r.Read();
                return true;
            }

            var duplicate = CaseDataProblems.DuplicateKey(_json.Text(ref r)!, where, _json.LocationAt(offset));
            if (record is null)
            {
                _session.Report(duplicate);
            }
            else
            {
                record.AddProblem(duplicate);
            }

            r.Read();
            r.TrySkip();
        }

        key = Keys.None;
        offset = 0;
        unknown = null;
        return false;
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
            case ArrayKind.Ratings:
                ReadDecision(ref value, start, _array);
                break;
            default:
                ReadCaseFile(ref value, start);
                break;
        }
    }

    void IJsonInspectionHandler.RootValue(string name, long nameOffset, ref Utf8JsonReader value)
    {
        if (!FirstRootKey(name, nameOffset))
        {
            return;
        }

        switch (name)
        {
            case "format":
                if (value.TokenType != JsonTokenType.String || _json.Text(ref value) != FormatName)
                {
                    _session.Report(CaseDataProblems.UnexpectedStructure($"\"format\" must be \"{FormatName}\"", _json.LocationAt(nameOffset)));
                }

                break;
            case "inspection":
                ReadInspection(ref value, nameOffset);
                break;
            case "$schema":
                // Where editors find the file's JSON Schema (inspect schema); it does not change the data.
                if (value.TokenType != JsonTokenType.String)
                {
                    _session.Report(CaseDataProblems.UnexpectedStructure("\"$schema\" must be a string: the address of the file's JSON Schema (inspect schema writes it)", _json.LocationAt(nameOffset)));
                }

                break;
            case "cases" or "judgements" or "discretion" or "case_files" or "ratings":
                _session.Report(CaseDataProblems.UnexpectedStructure($"\"{name}\" must be an array", _json.LocationAt(nameOffset)));
                break;
            default:
                _session.Report(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{name}\" in the inspection file; it has \"$schema\", \"format\", \"inspection\", \"judgements\", \"discretion\", \"ratings\", \"cases\" and \"case_files\"", _json.LocationAt(nameOffset)));
                break;
        }
    }

    private void ReadInspection(ref Utf8JsonReader r, long nameOffset)
    {
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
        var keys = Keys.None;
        while (NextProperty(ref r, Keys.InInspection, ref keys, "\"inspection\"", null, out var key, out var propertyOffset, out var unknown))
        {
            switch (key)
            {
                case Keys.Service:
                    service = Text(ref r, "service", propertyOffset);
                    break;
                case Keys.Inspectorate:
                    inspectorate = Text(ref r, "inspectorate", propertyOffset);
                    break;
                case Keys.FieldworkStarted:
                    started = Date(ref r, "fieldwork_started", propertyOffset);
                    break;
                case Keys.FieldworkEnded:
                    ended = Date(ref r, "fieldwork_ended", propertyOffset);
                    break;
                case Keys.Published:
                    published = Date(ref r, "published", propertyOffset);
                    break;
                case Keys.Framework:
                    ReadFrameworkStamp(ref r, propertyOffset, out name, out version, out hash);
                    break;
                default:
                    _session.Report(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{unknown}\" in \"inspection\"; it has \"service\", \"inspectorate\", \"fieldwork_started\", \"fieldwork_ended\", \"published\" and \"framework\"", _json.LocationAt(propertyOffset)));
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

    private void ReadFrameworkStamp(ref Utf8JsonReader r, long offset, out string? name, out string? version, out string? hash)
    {
        name = version = hash = null;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            _session.Report(CaseDataProblems.UnexpectedStructure("\"framework\" must be an object with \"name\", \"version\" and \"content_hash\"", _json.LocationAt(offset)));
            r.TrySkip();
            return;
        }

        var keys = Keys.None;
        while (NextProperty(ref r, Keys.InStamp, ref keys, "the framework stamp", null, out var key, out var keyOffset, out var unknown))
        {
            switch (key)
            {
                case Keys.Name:
                    name = Text(ref r, "framework name", keyOffset);
                    break;
                case Keys.Version:
                    version = Text(ref r, "framework version", keyOffset);
                    break;
                case Keys.ContentHash:
                    hash = Text(ref r, "framework content hash", keyOffset);
                    break;
                default:
                    _session.Report(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{unknown}\" in \"framework\"; it has \"name\", \"version\" and \"content_hash\"", _json.LocationAt(keyOffset)));
                    r.TrySkip();
                    break;
            }
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

    private void ReadDecision(ref Utf8JsonReader r, long start, ArrayKind kind)
    {
        var what = kind switch
        {
            ArrayKind.Judgements => "A judgement",
            ArrayKind.Ratings => "A standard's rating",
            _ => "A professional discretion decision",
        };
        var at = _json.LocationAt(start);
        if (r.TokenType != JsonTokenType.StartObject)
        {
            _session.Report(CaseDataProblems.UnexpectedStructure($"{what} must be an object with \"standard\", \"rating\" and \"rationale\"", at));
            return;
        }

        string? standard = null, rating = null, rationale = null;
        var keys = Keys.None;
        var where = what.ToLowerInvariant();
        while (NextProperty(ref r, Keys.InDecision, ref keys, where, null, out var key, out var propertyOffset, out var unknown))
        {
            switch (key)
            {
                case Keys.Standard:
                    standard = Text(ref r, "standard", propertyOffset);
                    break;
                case Keys.Rating:
                    rating = Text(ref r, "rating", propertyOffset);
                    break;
                case Keys.Rationale:
                    rationale = r.TokenType == JsonTokenType.Null ? null : Text(ref r, "rationale", propertyOffset);
                    break;
                default:
                    _session.Report(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{unknown}\"; {where} has \"standard\", \"rating\" and \"rationale\"", _json.LocationAt(propertyOffset)));
                    r.TrySkip();
                    break;
            }
        }

        if (standard is null || rating is null)
        {
            _session.Report(CaseDataProblems.UnexpectedStructure($"{what} needs \"standard\" and \"rating\"", at));
            return;
        }

        switch (kind)
        {
            case ArrayKind.Judgements:
                _session.RecordJudgement(standard, rating, rationale, at);
                break;
            case ArrayKind.Ratings:
                _session.RecordRating(standard, rating, rationale, at);
                break;
            default:
                _session.RequestDiscretion(standard, rating, rationale, at);
                break;
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

        if (_caseFiles is not { } caseFiles)
        {
            _session.Stop(CaseDataProblems.UnexpectedStructure("Data read from a pipe has no folder to find its \"case_files\" in; save it to a file beside them", at));
            return;
        }

        if (name.Contains('\0'))
        {
            // No file name holds one, and the path functions refuse it.
            _session.Stop(CaseDataProblems.UnexpectedStructure("An entry of \"case_files\" holds a NUL character (\\u0000), which no file name can; correct the entry", at));
            return;
        }

        var folder = caseFiles.Path;
        var full = Path.GetFullPath(Path.Combine(folder, name));
        var display = Path.Combine(caseFiles.Display, name);
        if (!_options.AllowCaseFilesOutside && WhyOutside(name, folder, full) is { } reason)
        {
            // Refused before it is opened: nothing of a file that is not case data is ever quoted back.
            _session.Stop(CaseDataProblems.CaseFileOutside(name, reason, at));
            return;
        }

        if (!File.Exists(full))
        {
            _session.Stop(CaseDataProblems.FileUnreadable($"case file '{display}' does not exist", at));
            return;
        }

        new CsvCaseReader(full, display, _session, _vocabulary, _progress, _options).Read();
    }

    // Null when the case file is inside the folder, by real path: a symbolic link in the folder may
    // point anywhere, so names alone cannot tell.
    private static string? WhyOutside(string name, string folder, string full)
    {
        if (Path.IsPathRooted(name))
        {
            return "it is an absolute path";
        }

        if (!RealPath.IsInside(full, folder))
        {
            return "'..' leads out of the folder";
        }

        if (RealPath.Of(full) is not { } real || RealPath.Of(folder) is not { } realFolder)
        {
            return "its symbolic links form a loop";
        }

        return RealPath.IsInside(real, realFolder) ? null : "a symbolic link leads out of the folder";
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

        var keys = Keys.None;
        while (NextProperty(ref r, Keys.InCase, ref keys, "a case", record, out var key, out var offset, out var unknown))
        {
            switch (key)
            {
                case Keys.Id when r.TokenType == JsonTokenType.String:
                    record.Id = _json.Text(ref r)!.Trim();
                    break;
                case Keys.Id:
                    record.AddProblem(CaseDataProblems.UnexpectedStructure("A case's \"id\" must be a string", _json.LocationAt(offset)));
                    r.TrySkip();
                    break;
                case Keys.CaseType when r.TokenType == JsonTokenType.String:
                    ReadCaseType(ref r, record, offset);
                    break;
                case Keys.CaseType:
                    record.AddProblem(CaseDataProblems.UnexpectedStructure("A case's \"case_type\" must be a string", _json.LocationAt(offset)));
                    r.TrySkip();
                    break;
                case Keys.Facts:
                    ReadFacts(ref r, record, offset);
                    break;
                case Keys.Answers:
                    ReadAnswers(ref r, record, offset);
                    break;
                default:
                    record.AddProblem(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{unknown}\" in a case; a case has \"id\", \"case_type\", \"facts\" and \"answers\"", _json.LocationAt(offset)));
                    r.TrySkip();
                    break;
            }
        }

        if ((keys & Keys.CaseType) == 0)
        {
            record.AddProblem(CaseDataProblems.MissingCaseType(_vocabulary.Plan.CaseTypes, record.Location));
        }

        _session.AddCase(record);
        if (_progress is not null && _session.CasesRead % ProgressEvery == 0)
        {
            _progress(new ReadProgress(_display, _json.Position(ref r), _json.Length, _session.CasesRead));
        }
    }

    private void ReadCaseType(ref Utf8JsonReader r, CaseRecord record, long offset)
    {
        var index = _vocabulary.CaseTypes.Find(_json.Unescaped(ref r));
        if (index >= 0)
        {
            record.CaseType = index;
            return;
        }

        var given = _json.Text(ref r)!;
        record.AddProblem(CaseDataProblems.UnknownCaseType(given, _vocabulary.Plan.SuggestCaseType(given), _vocabulary.Plan.CaseTypes, _json.LocationAt(offset)));
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
            if (index < 0 || plan.Facts[index].IsDerived || !record.NameFact(index))
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
                JsonTokenType.Number when fact.Kind == FactKind.Integer && r.TryGetInt32(out var number) && number >= 0 => Set(record, index, number),
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
            if (!record.NameItem(index))
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

            var keys = Keys.None;
            _answerIn[index] ??= $"the answer to {item.Number}";
            while (NextProperty(ref r, Keys.InAnswer, ref keys, _answerIn[index]!, record, out var key, out var propertyOffset, out var unknown))
            {
                switch (key)
                {
                    case Keys.Answer:
                        ReadAnswerValue(ref r, record, item);
                        break;
                    case Keys.Rationale when r.TokenType == JsonTokenType.String:
                        if (!CaseVocabulary.IsBlank(_json.Unescaped(ref r)))
                        {
                            record.SetRationale(index);
                        }

                        break;
                    case Keys.Rationale when r.TokenType != JsonTokenType.Null:
                        record.AddProblem(CaseDataProblems.UnexpectedStructure($"The rationale for {item.Number} must be a string", _json.LocationAt(propertyOffset)));
                        r.TrySkip();
                        break;
                    case Keys.Rationale:
                        break;
                    default:
                        record.AddProblem(CaseDataProblems.UnexpectedStructure($"Unexpected property \"{unknown}\" in the answer to {item.Number}; an answer has \"answer\" and \"rationale\"", _json.LocationAt(propertyOffset)));
                        r.TrySkip();
                        break;
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
            case JsonTokenType.Number when item.Answers == AnswerKind.Number && r.TryGetDecimal(out _):
                record.SetAnswer(item.Index, RecordedAnswer.Value);
                return;
        }

        record.SetInvalidAnswer(item.Index, _json.RawText(ref r));
        r.TrySkip();
    }
}
