using Marten;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Reconciliation.Api.Security;
using Reconciliation.Api.Statements;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Web;

/// <summary>
/// <c>POST /statements/upload</c>: the console's upload, for the session's operator, received by the very code of
/// <c>POST /api/statements</c>. Two bodies are taken: the page's script sends the file as the body with its name and
/// the form's anti-forgery token in headers (streamed to the store, with a progress bar); a browser without JavaScript
/// posts the form itself (<c>multipart/form-data</c>, the token a field after the file; the form is read first,
/// its file spilling to a temporary file on disk beyond 64 KiB, so memory stays bounded either way). Both are answered
/// with 303 to a page that says, in the console's language, what became of the file.
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
                            () => BodyAsync(http, antiforgery, settings, ct),
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

    /// <summary>The file, once the anti-forgery token is known good: from the headers when the script sent the bare
    /// file, from the form when the browser posted it.</summary>
    private static async Task<(Stream? Stream, string FileName)> BodyAsync(
        HttpContext http,
        IAntiforgery antiforgery,
        StatementsSettings settings,
        CancellationToken ct
    )
    {
        var request = http.Request;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(
                    new FormOptions
                    {
                        MultipartBodyLengthLimit = settings.MaxFileBytes + UploadBody.FormOverheadBytes,
                        // The form holds the file and its token: nothing else is read into memory.
                        ValueCountLimit = 8,
                        ValueLengthLimit = 4096,
                        KeyLengthLimit = 256,
                    },
                    ct
                );
            }
            catch (InvalidDataException)
            {
                // Not the console's form (a field too long, a broken multipart body): no file arrived.
                return (null, "");
            }
            await antiforgery.ValidateRequestAsync(http);
            var file = form.Files.GetFile("file");
            return file is null
                ? (null, "")
                : (file.OpenReadStream(), string.IsNullOrWhiteSpace(file.FileName) ? "upload" : file.FileName);
        }
        await antiforgery.ValidateRequestAsync(http);
        return await UploadBody.BodyAsync(request, ct);
    }

    private static IResult SeeOther(HttpContext http, string location)
    {
        http.Response.Headers.Location = location;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
