using Marten;
using Microsoft.AspNetCore.Antiforgery;
using Reconciliation.Api.Security;
using Reconciliation.Api.Statements;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Web;

/// <summary>
/// <c>POST /statements/upload</c>: the console's upload, for the session's operator. The page's script sends the file
/// as the body with its name (as the API takes it, streamed to the store, so its size never reaches memory) and the
/// form's anti-forgery token in a header; then the very code of <c>POST /api/statements</c> runs.
/// </summary>
public static class ConsoleUpload
{
    public const string Path = "/statements/upload";

    public static void MapConsoleUpload(this WebApplication app) =>
        app.MapPost(
                Path,
                async (
                    HttpContext http,
                    IAntiforgery antiforgery,
                    StatementImporter importer,
                    ImportSignals signals,
                    IDocumentStore store,
                    StatementsSettings settings,
                    CancellationToken ct
                ) =>
                {
                    try
                    {
                        await antiforgery.ValidateRequestAsync(http);
                    }
                    catch (AntiforgeryValidationException)
                    {
                        return Setup.Problems.Result(
                            Setup.Problems.Validation("token", "the form's anti-forgery token is missing or wrong")
                        );
                    }
                    return await UploadEndpoint.Upload(http.Request, importer, signals, store, settings, ct);
                }
            )
            .RequireAuthorization(ApiRoles.Operator)
            .RequireRateLimiting(SecuritySetup.UploadsPolicy)
            .ExcludeFromDescription();
}
