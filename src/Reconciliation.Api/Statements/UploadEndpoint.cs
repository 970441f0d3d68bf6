using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Jobs.Statements;
using Wolverine.Http;

namespace Reconciliation.Api.Statements;

/// <summary><c>POST /api/statements</c>: a bank file received, stored and imported in the background.</summary>
public static class UploadEndpoint
{
    [WolverinePost(
        "/api/statements",
        OperationId = "UploadStatement",
        Summary = "Import a statement file",
        Description = "The file as the request body (any content type) or as the first file of a multipart/form-data "
            + "body. The format is detected from the content (camt.053/.054, MT940, Scotiabank CSV). Once the file "
            + "is stored and registered, its import is durable background work: a client that goes away changes "
            + "nothing. The request waits for it up to Statements:UploadWait: 201 with the report when imported "
            + "within it, 422 when the file cannot be read (nothing written; the file is kept and can be retried); "
            + "otherwise 202 Accepted with Location /api/statements/{id}, where the report is read when the import "
            + "ends. 200 when the same content was imported before (nothing changed), 413 when too large."
    )]
    [Tags("Statements")]
    [Authorize(Policy = ApiRoles.Operator)]
    [EnableRateLimiting(SecuritySetup.UploadsPolicy)]
    [ProducesResponseType<StatementFileResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<StatementFileResponse>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<StatementFileResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public static async Task<IResult> Upload(
        HttpRequest request,
        StatementImporter importer,
        ImportSignals signals,
        IDocumentStore store,
        StatementsSettings settings,
        CancellationToken ct
    )
    {
        // Streamed to the store: memory does not grow with the file. The size limit is the import's, not Kestrel's
        // default.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = settings.MaxFileBytes;
        if (request.ContentLength > settings.MaxFileBytes)
            return UploadBody.TooLarge(settings.MaxFileBytes);

        StatementFile file;
        try
        {
            var (stream, fileName) = await UploadBody.BodyAsync(request, ct);
            if (stream is null)
                return Problems.Result(Problems.Validation("file", "a multipart body must hold a file"));
            (file, var alreadyImported) = await importer.ReceiveAsync(
                stream,
                fileName,
                $"upload by {request.HttpContext.User.Identity?.Name}",
                ct
            );
            if (alreadyImported is not null)
                return await ImportAnswers.AnswerAsync(alreadyImported, store, ct);
        }
        catch (StatementTooLargeException e)
        {
            return UploadBody.TooLarge(e.Limit);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return UploadBody.TooLarge(settings.MaxFileBytes);
        }

        // The file is safe and its import owed. Waiting is only a courtesy to small files: the request's end does not
        // stop the import.
        return await ImportAnswers.AwaitImportAsync(file, signals, store, settings, ct);
    }

    /// <summary>The upload request (the API's, or the console's): the one whose body may be larger than
    /// <c>Security:MaxRequestBodyBytes</c>.</summary>
    public static bool IsUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (
            request.Path.Equals("/api/statements", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(Web.ConsoleUpload.Path, StringComparison.OrdinalIgnoreCase)
        );
}
