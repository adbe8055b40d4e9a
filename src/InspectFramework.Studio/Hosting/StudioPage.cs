using System;
using System.IO;
using System.Threading.Tasks;
using InspectFramework.Studio.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace InspectFramework.Studio.Hosting;

/// <summary>
/// The page: the files of <c>web/dist/</c>, embedded in this assembly at build time as resources named
/// <c>web/&lt;path&gt;</c>, so that nothing is fetched at run time and the native executable is the
/// whole studio. <c>/</c> is <c>index.html</c>.
/// </summary>
internal static class StudioPage
{
    private const string Prefix = "web/";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static async Task Serve(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var name = Prefix + (path == "/" ? "index.html" : path.TrimStart('/'));
        await using var resource = typeof(StudioPage).Assembly.GetManifestResourceStream(name);
        if (resource is null)
        {
            if (path == "/")
            {
                await StudioResponses.Error(context, StatusCodes.Status503ServiceUnavailable, "The studio page was not built into this inspect (web/dist was missing at build time).").ConfigureAwait(false);
                return;
            }

            await StudioResponses.Error(context, StatusCodes.Status404NotFound, "No such file in the studio's page.").ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ContentTypes.TryGetContentType(name, out var type)
            ? (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "text/javascript" or "application/json" ? type + "; charset=utf-8" : type)
            : "application/octet-stream";
        context.Response.ContentLength = resource.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await resource.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
