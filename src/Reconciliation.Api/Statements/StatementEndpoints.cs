using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Jobs.Statements;
using Wolverine.Http;

namespace Reconciliation.Api.Statements;

/// <summary>The statement import over HTTP: upload a file, read its report, list files, retry a failed one.</summary>
public static class StatementEndpoints
{
    [WolverinePost("/api/statements", OperationId = "UploadStatement", Summary = "Import a statement file",
        Description = "The file as the request body (any content type) or as the first file of a multipart/form-data body. The format is detected from the content (camt.053/.054, MT940, Scotiabank CSV). Answers with the import report: 201 when imported, 200 when the same content was imported before (nothing changed), 409 while another process imports it, 413 when too large, 422 when the file cannot be read (nothing written; the file is kept and can be retried).")]
    [Tags("Statements")]
    [Authorize(Policy = ApiRoles.Operator)]
    [EnableRateLimiting(SecuritySetup.UploadsPolicy)]
    [ProducesResponseType<StatementFileResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<StatementFileResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public static async Task<IResult> Upload(HttpRequest request, StatementImporter importer, StatementsSettings settings, CancellationToken ct)
    {
        // Streamed to the store: memory does not grow with the file. The size limit is the import's, not Kestrel's default.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = settings.MaxFileBytes;
        if (request.ContentLength > settings.MaxFileBytes)
            return TooLarge(settings.MaxFileBytes);

        try
        {
            var (stream, fileName) = await BodyAsync(request, ct);
            if (stream is null)
                return Problems.Result(Problems.Validation("file", "a multipart body must hold a file"));
            var result = await importer.ImportAsync(stream, fileName, $"upload by {request.HttpContext.User.Identity?.Name}", ct);
            return Answer(result);
        }
        catch (StatementTooLargeException e)
        {
            return TooLarge(e.Limit);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(settings.MaxFileBytes);
        }
    }

    [WolverineGet("/api/statements/{id}", OperationId = "GetStatement", Summary = "Read an import report",
        Description = "Format, accounts, periods, counts (lines, credits, debits, deposits, duplicates, errors), totals, balance and continuity checks, and the problems of each line.")]
    [Tags("Statements")]
    [Authorize(Policy = ApiRoles.Reader)]
    [ProducesResponseType<StatementFileResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<StatementFile>(id, ct) is { } file
            ? Results.Ok(StatementFileResponse.From(file))
            : Problems.Result(Problems.NotFound($"No statement file {id}."));

    [WolverineGet("/api/statements", OperationId = "ListStatements", Summary = "List statement files",
        Description = "Newest first, paged (page from 1, pageSize up to 500).")]
    [Tags("Statements")]
    [Authorize(Policy = ApiRoles.Reader)]
    [ProducesResponseType<IReadOnlyList<StatementFileResponse>>(StatusCodes.Status200OK)]
    public static async Task<IResult> List(IQuerySession session, CancellationToken ct, int page = 1, int pageSize = 50)
    {
        if (page < 1 || pageSize is < 1 or > 500)
            return Problems.Result(Problems.Validation("page", "page must be 1 or more and pageSize between 1 and 500"));
        var files = await session.Query<StatementFile>().OrderByDescending(f => f.ReceivedAt).ThenBy(f => f.Id)
            .ToPagedListAsync(page, pageSize, ct);
        return Results.Ok(files.Select(f => StatementFileResponse.From(f)).ToList());
    }

    [WolverinePost("/api/statements/{id}/retry", OperationId = "RetryStatement", Summary = "Retry a file",
        Description = "Imports a failed or interrupted file again from the store (a crashed import resumes where it stopped). A file already imported is left as it is.")]
    [Tags("Statements")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<StatementFileResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<IResult> Retry(Guid id, IQuerySession session, StatementImporter importer, CancellationToken ct)
    {
        if (await session.LoadAsync<StatementFile>(id, ct) is null)
            return Problems.Result(Problems.NotFound($"No statement file {id}."));
        return Answer(await importer.RunAsync(id, ct));
    }

    /// <summary>The upload request: the one endpoint whose body may be larger than <c>Security:MaxRequestBodyBytes</c>.</summary>
    public static bool IsUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals("/api/statements", StringComparison.OrdinalIgnoreCase);

    private static IResult Answer(StatementImportResult result)
    {
        var body = StatementFileResponse.From(result.File, result.Outcome, result.Message);
        return result.Outcome switch
        {
            ImportOutcome.Imported or ImportOutcome.ImportedWithErrors => Results.Created($"/api/statements/{result.File.Id}", body),
            ImportOutcome.AlreadyImported => Results.Ok(body),
            ImportOutcome.InProgress => Problems.Result(Problems.Conflict(result.Message)),
            _ => Results.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The statement file cannot be read",
                Detail = result.Message,
                Extensions =
                {
                    ["statementFileId"] = result.File.Id,
                    ["report"] = $"/api/statements/{result.File.Id}",
                    ["problems"] = result.File.Report.Problems,
                },
            }),
        };
    }

    private static IResult TooLarge(long limit) => Results.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = "The file is too large",
        Detail = $"Statement files are limited to {limit:N0} bytes (Statements:MaxFileBytes).",
    });

    private static async Task<(Stream? Stream, string FileName)> BodyAsync(HttpRequest request, CancellationToken ct)
    {
        var fallbackName = request.Headers["X-File-Name"].FirstOrDefault() ?? $"upload-{DateTime.UtcNow:yyyyMMddHHmmss}";
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return (request.Body, fallbackName);

        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value
            ?? throw new BadHttpRequestException("multipart body without boundary");
        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
                return (section.Body, HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? fallbackName);
        }
        return (null, fallbackName);
    }
}
