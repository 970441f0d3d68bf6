using Marten;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Reconciliation.Api.Security;
using Reconciliation.Api.Statements;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Web;

/// <summary>
/// <c>POST /statements/upload</c>: the console's upload, for the session's operator, received by the very code of
/// <c>POST /api/statements</c> and streamed to the store either way: the page's script sends the file as the body with
/// its name and the form's anti-forgery token in headers (with a progress bar); a browser without JavaScript posts the
/// form itself (<c>multipart/form-data</c>, its token a field before its file). Both are answered with 303 to a page
/// that says, in the console's language, what became of the file.
/// </summary>
public static class ConsoleUpload
{
    public const string Path = "/statements/upload";

    /// <summary>Where a refused upload lands: the statements page, saying why.</summary>
    public const string TooLarge = "too-large";
    public const string NoFile = "no-file";

    public static void MapConsoleUpload(this WebApplication app) =>
        app.MapPost(
                Path,
                async (
                    HttpContext http,
                    IAntiforgery antiforgery,
                    IOptions<AntiforgeryOptions> antiforgeryOptions,
                    StatementImporter importer,
                    ImportSignals signals,
                    IDocumentStore store,
                    StatementsSettings settings,
                    CancellationToken ct
                ) =>
                {
                    UploadReceipt receipt;
                    try
                    {
                        receipt = await UploadBody.ReceiveAsync(
                            http.Request,
                            importer,
                            settings,
                            () => BodyAsync(http, antiforgery, antiforgeryOptions.Value, ct),
                            ct
                        );
                    }
                    catch (AntiforgeryValidationException)
                    {
                        return Setup.Problems.Result(
                            Setup.Problems.Validation("token", "the form's anti-forgery token is missing or wrong")
                        );
                    }
                    switch (receipt)
                    {
                        case UploadReceipt.Stored stored:
                            // A small file is shown imported at once; a larger one shows itself again until it is.
                            await ImportAnswers.WaitForEndAsync(stored.File, signals, store, settings, ct);
                            return SeeOther(http, $"/statements?id={stored.File.Id}");
                        case UploadReceipt.Known known:
                            return SeeOther(http, $"/statements?id={known.Earlier.File.Id}&again=true");
                        case UploadReceipt.TooLarge:
                            return SeeOther(http, $"/statements?refused={TooLarge}");
                        default:
                            return SeeOther(http, $"/statements?refused={NoFile}");
                    }
                }
            )
            .RequireAuthorization(ApiRoles.Operator)
            .RequireRateLimiting(SecuritySetup.UploadsPolicy)
            .ExcludeFromDescription();

    /// <summary>
    /// The file, not yet read, once the anti-forgery token is known good. The script sends the token in the header; a
    /// form posted without the script sends it as a field before its file (the page writes it first), and it is handed
    /// to the check the same way, so the check never reads the form and the file is streamed as the API's is.
    /// </summary>
    private static async Task<(Stream? Stream, string FileName)> BodyAsync(
        HttpContext http,
        IAntiforgery antiforgery,
        AntiforgeryOptions options,
        CancellationToken ct
    )
    {
        var headers = http.Request.Headers;
        var body = await UploadBody.BodyAsync(http.Request, ct, (name, value) =>
        {
            if (name == options.FormFieldName && options.HeaderName is { } header)
                headers[header] = value;
        });
        if (options.HeaderName is not { } tokenHeader || headers[tokenHeader].Count == 0)
            throw new AntiforgeryValidationException("No anti-forgery token before the file.");
        await antiforgery.ValidateRequestAsync(http);
        return body;
    }

    private static IResult SeeOther(HttpContext http, string location)
    {
        http.Response.Headers.Location = location;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
