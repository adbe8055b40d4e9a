using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using InspectFramework.Compiler;
using InspectFramework.EditorFeatures.Studio;
using InspectFramework.Studio.Files;
using InspectFramework.Tooling.CaseData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InspectFramework.Studio.Api;

/// <summary>
/// The page's HTTP API (docs/studio.md): the folder's files, opening and saving frameworks, and the
/// preview, "try it" and "changes" of the text being edited, each the same operation the CLI's
/// command runs (<c>EditorFeatures/Studio</c>). Every answer is JSON; a refusal is
/// <c>{ "error": "..." }</c> with its status.
/// </summary>
internal static class StudioApi
{
    public static void MapStudioApi(this IEndpointRouteBuilder endpoints, StudioFolder folder)
    {
        var saver = new FrameworkSaver(folder);
        endpoints.MapGet("/api/files", context => ListFiles(context, folder));
        endpoints.MapGet("/api/file", context => OpenFile(context, folder));
        endpoints.MapPut("/api/file", context => SaveFile(context, saver));
        endpoints.MapPost("/api/preview", Preview);
        endpoints.MapPost("/api/try", context => TryIt(context, folder));
        endpoints.MapPost("/api/changes", context => Changes(context, folder));
    }

    private static Task ListFiles(HttpContext context, StudioFolder folder)
    {
        var listing = folder.List();
        return StudioResponses.Json(
            context,
            StatusCodes.Status200OK,
            new FilesAnswer(listing.Files.Select(f => new FileEntry(f)).ToArray(), listing.CaseFiles.Select(f => new FileEntry(f)).ToArray(), listing.Truncated),
            StudioJsonContext.Default.FilesAnswer);
    }

    private static async Task OpenFile(HttpContext context, StudioFolder folder)
    {
        var path = folder.Resolve(context.Request.Query["path"].Count == 1 ? context.Request.Query["path"][0] : null);
        if (path.IsRefused)
        {
            await StudioResponses.Error(context, path.Status, path.Error!).ConfigureAwait(false);
            return;
        }

        if (!path.Relative.EndsWith(FrameworkCompilation.FileExtension, StringComparison.Ordinal))
        {
            await StudioResponses.Error(context, StatusCodes.Status403Forbidden, $"'{path.Relative}' is not a framework file: the studio opens only {FrameworkCompilation.FileExtension} files.").ConfigureAwait(false);
            return;
        }

        if (!File.Exists(path.FullPath))
        {
            await StudioResponses.Error(context, StatusCodes.Status404NotFound, $"'{path.Relative}' does not exist in the studio's folder.").ConfigureAwait(false);
            return;
        }

        var bytes = StudioFolder.ReadAtMost(path.FullPath!, FrameworkCompilation.MaxFileBytes);
        if (bytes is null)
        {
            await StudioResponses.Error(context, StatusCodes.Status400BadRequest, $"'{path.Relative}' is larger than a framework file may be (32 MB).").ConfigureAwait(false);
            return;
        }

        if (StudioFolder.Decode(bytes, out _) is not { } text)
        {
            await StudioResponses.Error(context, StatusCodes.Status400BadRequest, $"'{path.Relative}' is not UTF-8 text, so the studio would change it on saving; 'inspect check {path.Relative}' says where, and converting it to UTF-8 makes it editable here.").ConfigureAwait(false);
            return;
        }

        await StudioResponses.Json(context, StatusCodes.Status200OK, new FileAnswer(path.Relative, text, FrameworkSaver.Hash(bytes)), StudioJsonContext.Default.FileAnswer).ConfigureAwait(false);
    }

    private static async Task SaveFile(HttpContext context, FrameworkSaver saver)
    {
        if (await Read(context, StudioJsonContext.Default.SaveRequest).ConfigureAwait(false) is not { } request)
        {
            return;
        }

        if (request.Text is null || request.BaseHash is null)
        {
            await StudioResponses.Error(context, StatusCodes.Status400BadRequest, "A save gives \"text\" and \"baseHash\" (the hash the file was opened with; empty for a new file).").ConfigureAwait(false);
            return;
        }

        var outcome = saver.Save(context.Request.Query["path"].Count == 1 ? context.Request.Query["path"][0] : null, request.Text, request.BaseHash, request.Format);
        await (outcome.Status switch
        {
            StatusCodes.Status200OK => StudioResponses.Json(context, outcome.Status, new SavedAnswer(outcome.Hash!, outcome.Text!), StudioJsonContext.Default.SavedAnswer),
            StatusCodes.Status409Conflict => StudioResponses.Json(context, outcome.Status, new ConflictAnswer(outcome.DiskHash!, outcome.DiskText!), StudioJsonContext.Default.ConflictAnswer),
            _ => StudioResponses.Error(context, outcome.Status, outcome.Error!),
        }).ConfigureAwait(false);
    }

    private static async Task Preview(HttpContext context)
    {
        if (await Read(context, StudioJsonContext.Default.PreviewRequest).ConfigureAwait(false) is not { } request || !await HasText(context, request.Path, request.Text).ConfigureAwait(false))
        {
            return;
        }

        var preview = StandardsPreview.Render(request.Path!, request.Text!);
        await StudioResponses.Json(context, StatusCodes.Status200OK, new PreviewAnswer(preview.Html, preview.Errors), StudioJsonContext.Default.PreviewAnswer).ConfigureAwait(false);
    }

    private static async Task TryIt(HttpContext context, StudioFolder folder)
    {
        if (await Read(context, StudioJsonContext.Default.TryRequest).ConfigureAwait(false) is not { } request || !await HasText(context, request.Path, request.Text).ConfigureAwait(false))
        {
            return;
        }

        byte[] data;
        string name;
        InspectionReadOptions? options = null;
        if (request.CaseFile is { } caseFile)
        {
            var path = folder.Resolve(caseFile);
            if (path.IsRefused || !File.Exists(path.FullPath))
            {
                await StudioResponses.Error(context, path.IsRefused ? path.Status : StatusCodes.Status404NotFound, path.Error ?? $"'{path.Relative}' does not exist in the studio's folder.").ConfigureAwait(false);
                return;
            }

            if (StudioFolder.ReadAtMost(path.FullPath!, Security.StudioLimits.MaxRequestBytes) is not { } read)
            {
                await StudioResponses.Error(context, StatusCodes.Status400BadRequest, $"'{path.Relative}' is larger than the studio reads ({Security.StudioLimits.MaxRequestBytes / (1024 * 1024)} MiB); score it with 'inspect score'.").ConfigureAwait(false);
                return;
            }

            (data, name) = (read, path.Relative);

            // Its case_files are read beside it, and must stay in its folder, as for `inspect score`.
            options = new InspectionReadOptions { StreamFolder = Path.GetDirectoryName(path.FullPath) };
        }
        else if (request.CaseName is { Length: > 0 } caseName && request.CaseDataBase64 is { } base64)
        {
            try
            {
                data = Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                await StudioResponses.Error(context, StatusCodes.Status400BadRequest, "\"caseDataBase64\" is not base64.").ConfigureAwait(false);
                return;
            }

            name = caseName;
        }
        else
        {
            await StudioResponses.Error(context, StatusCodes.Status400BadRequest, "Give the case data: \"caseFile\" (a path in the folder), or \"caseName\" and \"caseDataBase64\".").ConfigureAwait(false);
            return;
        }

        var earlier = await EarlierVersions(folder, request.Path!).ConfigureAwait(false);
        var tried = EditorFeatures.Studio.TryIt.Score(request.Path!, request.Text!, data, name, options, earlier);
        await StudioResponses.Json(context, StatusCodes.Status200OK, new TryAnswer(tried.Html, tried.Summary, tried.Problems, tried.Basis), StudioJsonContext.Default.TryAnswer).ConfigureAwait(false);
    }

    // The versions data may have been recorded under while the text is edited: the saved file, then
    // the file at git HEAD (the published version, while saved edits are not yet committed).
    private static async Task<EarlierVersion[]> EarlierVersions(StudioFolder folder, string relative)
    {
        var path = folder.Resolve(relative);
        if (path.IsRefused || !File.Exists(path.FullPath))
        {
            return [];
        }

        var saved = StudioFolder.ReadAtMost(path.FullPath!, FrameworkCompilation.MaxFileBytes);
        var head = await GitHead.ReadAsync(path.FullPath!).ConfigureAwait(false);
        return new[]
        {
            saved is null || StudioFolder.Decode(saved, out _) is not { } savedText ? null : new EarlierVersion("the saved file", $"{path.Relative} (saved)", savedText),
            head is null || StudioFolder.Decode(head, out _) is not { } headText ? null : new EarlierVersion("the file at git HEAD", $"HEAD:{path.Relative}", headText),
        }.OfType<EarlierVersion>().ToArray();
    }

    private static async Task Changes(HttpContext context, StudioFolder folder)
    {
        if (await Read(context, StudioJsonContext.Default.ChangesRequest).ConfigureAwait(false) is not { } request || !await HasText(context, request.Path, request.Text).ConfigureAwait(false))
        {
            return;
        }

        if (request.Against is not ("saved" or "head"))
        {
            await StudioResponses.Error(context, StatusCodes.Status400BadRequest, "\"against\" is \"saved\" or \"head\".").ConfigureAwait(false);
            return;
        }

        var path = folder.Resolve(request.Path);
        if (path.IsRefused)
        {
            await StudioResponses.Error(context, path.Status, path.Error!).ConfigureAwait(false);
            return;
        }

        var head = request.Against == "head";
        var earlier = !File.Exists(path.FullPath) ? null
            : head ? await GitHead.ReadAsync(path.FullPath!).ConfigureAwait(false)
            : StudioFolder.ReadAtMost(path.FullPath!, FrameworkCompilation.MaxFileBytes);
        if (earlier is null || StudioFolder.Decode(earlier, out _) is not { } earlierText)
        {
            var why = head ? "The file has no version at git HEAD (the folder is not in a git repository, git is not installed, or the file was never committed)." : "The file has not been saved yet.";
            await StudioResponses.Json(context, StatusCodes.Status200OK, new ChangesAnswer(why, string.Empty, false), StudioJsonContext.Default.ChangesAnswer).ConfigureAwait(false);
            return;
        }

        var changes = EditorFeatures.Studio.Changes.Compare(head ? $"HEAD:{path.Relative}" : $"{path.Relative} (saved)", earlierText, path.Relative, request.Text!);
        await StudioResponses.Json(context, StatusCodes.Status200OK, new ChangesAnswer(changes.Text, changes.Verdict, true), StudioJsonContext.Default.ChangesAnswer).ConfigureAwait(false);
    }

    // The request's JSON body, or null after answering why it cannot be read (400, or 413 over the limit).
    private static async Task<T?> Read<T>(HttpContext context, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            if (await JsonSerializer.DeserializeAsync(context.Request.Body, type, context.RequestAborted).ConfigureAwait(false) is { } value)
            {
                return value;
            }

            await StudioResponses.Error(context, StatusCodes.Status400BadRequest, "The request's body is a JSON object.").ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            await StudioResponses.Error(context, StatusCodes.Status400BadRequest, $"The request's body is not the JSON expected: {e.Message}").ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await StudioResponses.Error(context, StatusCodes.Status413PayloadTooLarge, $"The request is larger than the studio accepts ({Security.StudioLimits.MaxRequestBytes / (1024 * 1024)} MiB).").ConfigureAwait(false);
        }

        return null;
    }

    private static async Task<bool> HasText(HttpContext context, string? path, string? text)
    {
        if (path is { Length: > 0 } && text is not null)
        {
            return true;
        }

        await StudioResponses.Error(context, StatusCodes.Status400BadRequest, "Give the framework's \"path\" and \"text\".").ConfigureAwait(false);
        return false;
    }
}
