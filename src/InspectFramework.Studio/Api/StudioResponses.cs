using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace InspectFramework.Studio.Api;

/// <summary>How the studio answers: JSON, UTF-8, with the status given.</summary>
internal static class StudioResponses
{
    public static async Task Json<T>(HttpContext context, int status, T value, JsonTypeInfo<T> type)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, value, type, context.RequestAborted).ConfigureAwait(false);
    }

    public static Task Error(HttpContext context, int status, string error) =>
        Json(context, status, new ErrorAnswer(error), StudioJsonContext.Default.ErrorAnswer);
}
