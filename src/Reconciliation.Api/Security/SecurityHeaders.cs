namespace Reconciliation.Api.Security;

/// <summary>
/// Headers on every response, errors included (set when the response starts, after an exception handler has cleared
/// the headers): no content sniffing, no framing, no referrer, and no caching of answers that carry personal data.
/// The API answers JSON and CSV, so its policy allows nothing to load; the two pages the application serves (the API
/// reference and the Hangfire dashboard) run their own scripts and styles, so theirs forbids only framing and
/// plugins.
/// </summary>
public static class SecurityHeaders
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    public const string PagePolicy = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    /// <summary>The console's pages: their own style sheet and forms, nothing inline, nothing from elsewhere.</summary>
    public const string ConsolePolicy =
        "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    private static readonly string[] Pages = ["/scalar", "/hangfire"];

    public static void UseSecurityHeaders(this WebApplication app) =>
        app.Use(
            (context, next) =>
            {
                // Read now: inside a branch (the dashboard's) the path no longer holds its prefix.
                var path = context.Request.Path;
                var page = Pages.Any(p => path.StartsWithSegments(p));
                var api = path.StartsWithSegments("/api");
                var data = api || path.StartsWithSegments("/health") || path.StartsWithSegments("/openapi");
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    headers.XContentTypeOptions = "nosniff";
                    headers.XFrameOptions = "DENY";
                    headers["Referrer-Policy"] = "no-referrer";
                    headers.ContentSecurityPolicy =
                        page ? PagePolicy
                        : data ? ApiPolicy
                        : ConsolePolicy;
                    if (api)
                        headers.CacheControl = "no-store";
                    return Task.CompletedTask;
                });
                return next(context);
            }
        );
}
