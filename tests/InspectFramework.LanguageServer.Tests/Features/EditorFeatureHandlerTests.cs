using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.Tests.Infrastructure;

namespace InspectFramework.LanguageServer.Tests.Features;

/// <summary>
/// The editor-feature handlers through the server's request path, with the exact JSON each answers.
/// The expected JSON is written by hand from this small framework (zero-based lines: the fact on 6,
/// columns 5-9; its use in key question 1.1.1's condition on 11, columns 35-39).
/// </summary>
public sealed class EditorFeatureHandlerTests
{
    private const string Uri = "file:///work/mini.inspect";

    private const string Text = """
        framework f {
          title "F"
          version "1"
          publisher "P"
          effective 2020-01-01
        }
        fact harm "There is harm" boolean
        domain 1 d "D" {
          standard 1.1 s "S" {
            statement "St."
            not rated
            key question 1.1.1 q "Q?" when harm
          }
        }

        """;

    private const string Declaration = """{"start":{"line":6,"character":5},"end":{"line":6,"character":9}}""";

    private const string Use = """{"start":{"line":11,"character":35},"end":{"line":11,"character":39}}""";

    [Fact]
    public async Task Initialize_advertises_every_editor_feature()
    {
        await using var client = new TestClient();
        var capabilities = (await client.InitializeAsync()).GetProperty("result").GetProperty("capabilities");
        foreach (var provider in new[] { "hoverProvider", "definitionProvider", "referencesProvider", "documentHighlightProvider", "documentSymbolProvider", "workspaceSymbolProvider", "foldingRangeProvider" })
        {
            Assert.True(capabilities.GetProperty(provider).GetBoolean(), provider);
        }

        AssertJson("""{"triggerCharacters":["{",","]}""", capabilities.GetProperty("completionProvider"));
        AssertJson("""{"prepareProvider":true}""", capabilities.GetProperty("renameProvider"));
        AssertJson("""{"resolveProvider":false}""", capabilities.GetProperty("codeLensProvider"));
        AssertJson(
            """{"legend":{"tokenTypes":["keyword","comment","string","number","percentage","date","operator","variable","fact","value","caseType","bandTable","scale","level","score","source","item"],"tokenModifiers":["declaration"]},"full":true}""",
            capabilities.GetProperty("semanticTokensProvider"));
    }

    [Fact]
    public async Task Hover_definition_references_and_highlights()
    {
        await using var client = await OpenAsync();
        var at = new { textDocument = new { uri = Uri }, position = new { line = 11, character = 36 } };

        AssertJson(
            "{\"contents\":{\"kind\":\"markdown\",\"value\":\"**fact** `harm`: There is harm\\n\\nYes or no.\\n\\nDecides whether 1 item applies:\\n\\n- key question 1.1.1 `q`\"},\"range\":" + Use + "}",
            await ResultAsync(client, "textDocument/hover", at));
        AssertJson($$"""{"uri":"{{Uri}}","range":{{Declaration}}}""", await ResultAsync(client, "textDocument/definition", at));
        AssertJson(
            $$"""[{"uri":"{{Uri}}","range":{{Declaration}}},{"uri":"{{Uri}}","range":{{Use}}}]""",
            await ResultAsync(client, "textDocument/references", new { textDocument = new { uri = Uri }, position = new { line = 11, character = 36 }, context = new { includeDeclaration = true } }));
        AssertJson($$"""[{"range":{{Declaration}},"kind":3},{"range":{{Use}},"kind":2}]""", await ResultAsync(client, "textDocument/documentHighlight", at));

        // Off a name: null, and no locations.
        var off = new { textDocument = new { uri = Uri }, position = new { line = 10, character = 5 } };
        Assert.Equal(JsonValueKind.Null, (await ResultAsync(client, "textDocument/hover", off)).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await ResultAsync(client, "textDocument/definition", off)).ValueKind);
    }

    [Fact]
    public async Task Completion_replaces_the_word_being_typed()
    {
        await using var client = await OpenAsync();
        var edit = (string newText) => $$"""{"range":{{Use}},"newText":"{{newText}}"}""";
        AssertJson(
            $$"""
            {"isIncomplete":false,"items":[
              {"label":"harm","kind":6,"detail":"There is harm","textEdit":{{edit("harm")}},"insertTextFormat":1,"sortText":"0000"},
              {"label":"not","kind":14,"textEdit":{{edit("not")}},"insertTextFormat":1,"sortText":"0001"},
              {"label":"true","kind":14,"textEdit":{{edit("true")}},"insertTextFormat":1,"sortText":"0002"},
              {"label":"false","kind":14,"textEdit":{{edit("false")}},"insertTextFormat":1,"sortText":"0003"}]}
            """,
            await ResultAsync(client, "textDocument/completion", new { textDocument = new { uri = Uri }, position = new { line = 11, character = 39 } }));
    }

    [Fact]
    public async Task Rename_of_a_fact_is_annotated_as_a_data_migration_and_a_taken_name_is_refused()
    {
        await using var client = await OpenAsync();
        AssertJson(
            $$"""{"range":{{Declaration}},"placeholder":"harm"}""",
            await ResultAsync(client, "textDocument/prepareRename", new { textDocument = new { uri = Uri }, position = new { line = 6, character = 6 } }));
        AssertJson(
            $$$"""
            {"documentChanges":[{"textDocument":{"uri":"{{{Uri}}}","version":1},"edits":[
              {"range":{{{Declaration}}},"newText":"danger","annotationId":"dataMigration"},
              {"range":{{{Use}}},"newText":"danger","annotationId":"dataMigration"}]}],
             "changeAnnotations":{"dataMigration":{"label":"Data migration","needsConfirmation":true,
               "description":"Data migration: case data records the fact 'harm' by name, so data collected under the old name must be migrated to 'danger' (inspect diff reports this rename as a removal and an addition that need migration)." } } }
            """,
            await ResultAsync(client, "textDocument/rename", new { textDocument = new { uri = Uri }, position = new { line = 6, character = 6 }, newName = "danger" }));

        var refused = await client.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position = new { line = 6, character = 6 }, newName = "when" });
        AssertJson("""{"code":-32803,"message":"'when' is a word of the framework language; choose another name."}""", refused.GetProperty("error"));
    }

    [Fact]
    public async Task Outline_folding_code_lenses_and_workspace_symbols()
    {
        await using var client = await OpenAsync();
        var document = new { textDocument = new { uri = Uri } };

        AssertJson(
            """
            [{"name":"f","detail":"F","kind":2,"range":{"start":{"line":0,"character":0},"end":{"line":5,"character":1}},"selectionRange":{"start":{"line":0,"character":10},"end":{"line":0,"character":11}},"children":[]},
             {"name":"harm","detail":"There is harm","kind":13,"range":{"start":{"line":6,"character":0},"end":{"line":6,"character":33}},"selectionRange":{"start":{"line":6,"character":5},"end":{"line":6,"character":9}},"children":[]},
             {"name":"1 D","detail":"d","kind":3,"range":{"start":{"line":7,"character":0},"end":{"line":13,"character":1}},"selectionRange":{"start":{"line":7,"character":9},"end":{"line":7,"character":10}},"children":[
               {"name":"1.1 S","detail":"s","kind":19,"range":{"start":{"line":8,"character":2},"end":{"line":12,"character":3}},"selectionRange":{"start":{"line":8,"character":15},"end":{"line":8,"character":16}},"children":[
                 {"name":"1.1.1 Q?","detail":"q","kind":12,"range":{"start":{"line":11,"character":4},"end":{"line":11,"character":39}},"selectionRange":{"start":{"line":11,"character":23},"end":{"line":11,"character":24}},"children":[]}]}]}]
            """,
            await ResultAsync(client, "textDocument/documentSymbol", document));

        AssertJson(
            """[{"startLine":0,"endLine":5,"kind":"region"},{"startLine":7,"endLine":13,"kind":"region"},{"startLine":8,"endLine":12,"kind":"region"}]""",
            await ResultAsync(client, "textDocument/foldingRange", document));

        AssertJson(
            """
            [{"range":{"start":{"line":8,"character":15},"end":{"line":8,"character":16}},"command":{"title":"Not rated: each key question answered yes or no is reported as the percentage of applicable cases answered yes.","command":""}},
             {"range":{"start":{"line":11,"character":23},"end":{"line":11,"character":24}},"command":{"title":"Reported as the percentage of applicable cases answered yes.","command":""}},
             {"range":{"start":{"line":11,"character":23},"end":{"line":11,"character":24}},"command":{"title":"Applies only where there is harm.","command":""}}]
            """,
            await ResultAsync(client, "textDocument/codeLens", document));

        AssertJson(
            $$"""[{"name":"harm","kind":13,"location":{"uri":"{{Uri}}","range":{{Declaration}}},"containerName":"f"}]""",
            await ResultAsync(client, "workspace/symbol", new { query = "HARM" }));
    }

    [Fact]
    public async Task Semantic_tokens_are_packed_one_line_at_a_time()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "inspect", version = 1, text = "fact harm \"H\" boolean // c\n/* a\nb */" } });

        // keyword, the fact's declaration, text, keyword, a line comment, and the block comment's two lines.
        AssertJson(
            """{"data":[0,0,4,0,0, 0,5,4,8,1, 0,5,3,2,0, 0,4,7,0,0, 0,8,4,1,0, 1,0,4,1,0, 1,0,4,1,0]}""",
            await ResultAsync(client, "textDocument/semanticTokens/full", new { textDocument = new { uri = Uri } }));
    }

    private static async Task<TestClient> OpenAsync()
    {
        var client = new TestClient();
        await client.InitializeAsync();
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "inspect", version = 1, text = Text } });
        return client;
    }

    private static async Task<JsonElement> ResultAsync(TestClient client, string method, object parameters)
    {
        var response = await client.RequestAsync(method, parameters);
        Assert.False(response.TryGetProperty("error", out var error), error.ToString());
        return response.GetProperty("result");
    }

    // Both sides written the same way (no white space, no escaping beyond JSON's own), so that the
    // comparison is of content and order, not of the serializer's escaping choices.
    private static void AssertJson(string expected, JsonElement actual)
    {
        using var document = JsonDocument.Parse(expected);
        Assert.Equal(Canonical(document.RootElement), Canonical(actual));
    }

    private static string Canonical(JsonElement element)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            element.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
