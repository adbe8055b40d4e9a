using System;
using System.Threading.Tasks;
using InspectFramework.Studio.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace InspectFramework.Studio.Security;

/// <summary>
/// What every request goes through before it is answered: the security headers, then the token. The
/// page is opened once with <c>/?token=T</c>, which sets an HttpOnly, SameSite=Strict cookie; every
/// other request needs that cookie, every <c>/api/</c> request also the header a page from another
/// site cannot send (<c>X-Inspect-Token</c>), and <c>/lsp</c> (the WebSocket) an <c>Origin</c> that is
/// this server's own (<see cref="StudioOrigin"/>; cross-site WebSocket hijacking: browsers send
/// cookies with cross-site upgrades).
/// </summary>
internal static class StudioSecurity
{
    public const string CookieName = "inspect_token";

    public const string HeaderName = "X-Inspect-Token";

    /// <summary>No inline script or style on the page; the documents it previews are shown in a
    /// sandboxed frame, whose styles the page applies through the CSS object model.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void UseStudioSecurity(this IApplicationBuilder app, StudioToken token, Func<StudioOrigin?> origin) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";

            if (await Refused(context, token, origin()).ConfigureAwait(false))
            {
                return;
            }

            await next(context).ConfigureAwait(false);
        });

    // True when the request was refused (and answered).
    private static async Task<bool> Refused(HttpContext context, StudioToken token, StudioOrigin? origin)
    {
        var request = context.Request;
        var path = request.Path;
        var fromCookie = token.Matches(request.Cookies[CookieName]);

        // The token in the address is accepted for the page alone, and only to set the cookie: it is
        // in the address bar and the history, but never sent to another site (Referrer-Policy).
        if (path == "/" && request.Query.TryGetValue("token", out var inQuery))
        {
            if (!token.Matches(inQuery.Count == 1 ? inQuery[0] : null))
            {
                await StudioResponses.Error(context, StatusCodes.Status401Unauthorized, "This is not the token of this studio: open the address `inspect serve` printed.").ConfigureAwait(false);
                return true;
            }

            context.Response.Cookies.Append(CookieName, token.Value, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Path = "/",
                Secure = false,
                IsEssential = true,
            });
            return false;
        }

        if (!fromCookie)
        {
            await StudioResponses.Error(context, StatusCodes.Status401Unauthorized, "No valid studio token: open the address `inspect serve` printed, with its token.").ConfigureAwait(false);
            return true;
        }

        if (path.StartsWithSegments("/api") && !token.Matches(request.Headers[HeaderName].Count == 1 ? request.Headers[HeaderName][0] : null))
        {
            await StudioResponses.Error(context, StatusCodes.Status401Unauthorized, $"An API request needs the {HeaderName} header with the studio's token.").ConfigureAwait(false);
            return true;
        }

        // Checked on the path, not on the upgrade: this runs before the WebSocket middleware has
        // looked at the request.
        // Null only in the moment between listening and knowing the port bound: refused.
        if (path.StartsWithSegments("/lsp") && origin?.Accepts(request.Headers.Origin.Count == 1 ? request.Headers.Origin[0] : null, request.Host) != true)
        {
            await StudioResponses.Error(context, StatusCodes.Status403Forbidden, $"A connection to the language server must come from the studio's own page ({origin?.Bound}).").ConfigureAwait(false);
            return true;
        }

        return false;
    }
}
