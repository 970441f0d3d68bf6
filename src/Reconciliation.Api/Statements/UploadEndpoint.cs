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
        switch (await UploadBody.ReceiveAsync(request, importer, settings, () => UploadBody.BodyAsync(request, ct), ct))
        {
            case UploadReceipt.Stored stored:
                // The file is safe and its import owed. Waiting is only a courtesy to small files: the request's end
                // does not stop the import.
                return await ImportAnswers.AwaitImportAsync(stored.File, signals, store, settings, ct);
            case UploadReceipt.Known known:
                return await ImportAnswers.AnswerAsync(known.Earlier, store, ct);
            case UploadReceipt.TooLarge tooLarge:
                return UploadBody.TooLarge(tooLarge.Limit);
            default:
                return Problems.Result(Problems.Validation("file", "a multipart body must hold a file"));
        }
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
