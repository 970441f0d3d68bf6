using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Jobs.Statements;
using Wolverine;
using Wolverine.Http;

namespace Reconciliation.Api.Statements;

/// <summary>The statement import over HTTP: upload a file, read its report, list files, retry a failed one.</summary>
public static class StatementEndpoints
{
    [WolverinePost(
        "/api/statements",
        OperationId = "UploadStatement",
        Summary = "Import a statement file",
        Description = "The file as the request body (any content type) or as the first file of a multipart/form-data "
            + "body. The format is detected from the content (camt.053/.054, MT940, Scotiabank CSV). "
            + "Once the file is stored and registered, its import is durable background work: a client that goes away "
            + "changes nothing. "
            + "The request waits for it up to Statements:UploadWait: 201 with the report when imported within it, 422 "
            + "when the file cannot be read (nothing written; the file is kept and can be retried); "
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
            return TooLarge(settings.MaxFileBytes);

        StatementFile file;
        try
        {
            var (stream, fileName) = await BodyAsync(request, ct);
            if (stream is null)
                return Problems.Result(Problems.Validation("file", "a multipart body must hold a file"));
            (file, var alreadyImported) = await importer.ReceiveAsync(
                stream,
                fileName,
                $"upload by {request.HttpContext.User.Identity?.Name}",
                ct
            );
            if (alreadyImported is not null)
                return await AnswerAsync(alreadyImported, store, ct);
        }
        catch (StatementTooLargeException e)
        {
            return TooLarge(e.Limit);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(settings.MaxFileBytes);
        }

        // The file is safe and its import owed. Waiting is only a courtesy to small files: the request's end does not
        // stop the import.
        return await AwaitImportAsync(file, signals, store, settings, ct);
    }

    /// <summary>
    /// Waits up to <see cref="StatementsSettings.UploadWait"/> for the attempt at <paramref name="file"/> that was just
    /// asked for: its report when it ends within that time (201, or 422 when refused), else 202 with where to read it.
    /// </summary>
    private static async Task<IResult> AwaitImportAsync(
        StatementFile file,
        ImportSignals signals,
        IDocumentStore store,
        StatementsSettings settings,
        CancellationToken ct
    )
    {
        var ended = await signals.WaitAsync(
            file.Id,
            settings.UploadWait,
            () => EndedAsync(store, file.Id, file.Attempts, ct),
            ct
        );
        if (ended is not null)
            return await AnswerAsync(ended, store, ct);
        await using var session = store.QuerySession();
        var now = await session.LoadAsync<StatementFile>(file.Id, ct) ?? file;
        return Results.Accepted(
            $"/api/statements/{file.Id}",
            await ResponseAsync(
                session,
                now,
                null,
                $"Received and stored; the import goes on in the background. Read GET /api/statements/{file.Id} for "
                    + "its report."
            )
        );
    }

    /// <summary>The file's import as the database has it, when an attempt after the <paramref name="attemptsBefore"/>
    /// first has ended.</summary>
    private static async Task<StatementImportResult?> EndedAsync(
        IDocumentStore store,
        Guid id,
        int attemptsBefore,
        CancellationToken ct
    )
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<StatementFile>(id, ct) switch
        {
            { Status: StatementFileStatus.Imported } f => new StatementImportResult(
                f,
                ImportOutcome.Imported,
                "Imported."
            ),
            { Status: StatementFileStatus.ImportedWithErrors } f => new StatementImportResult(
                f,
                ImportOutcome.ImportedWithErrors,
                $"Imported; {f.Report.Errors} problem(s) are listed in the report."
            ),
            { Status: StatementFileStatus.Failed } f when f.Attempts > attemptsBefore => new StatementImportResult(
                f,
                ImportOutcome.Failed,
                $"The file cannot be imported: {f.LastError}"
            ),
            _ => null,
        };
    }

    [WolverineGet(
        "/api/statements/{id}",
        OperationId = "GetStatement",
        Summary = "Read an import report",
        Description = "Format, accounts, periods, counts (lines, credits, debits, deposits, duplicates, errors), "
            + "totals, balance and continuity checks, and the problems of each line."
    )]
    [Tags("Statements")]
    [Authorize(Policy = ApiRoles.Reader)]
    [ProducesResponseType<StatementFileResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<StatementFile>(id, ct) is { } file
            ? Results.Ok(await ResponseAsync(session, file, null, null))
            : Problems.Result(Problems.NotFound($"No statement file {id}."));

    [WolverineGet(
        "/api/statements/{id}/statements",
        OperationId = "ListStatementsOfFile",
        Summary = "The statements of a file",
        Description = "Each statement's account, period, totals, balance and continuity checks, in the file's order, "
            + "paged (page from 1, pageSize up to 500). The report shows the first 100."
    )]
    [Tags("Statements")]
    [Authorize(Policy = ApiRoles.Reader)]
    [ProducesResponseType<IReadOnlyList<Reconciliation.Domain.Statements.Import.StatementSummary>>(
        StatusCodes.Status200OK
    )]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<IResult> Statements(
        Guid id,
        IQuerySession session,
        CancellationToken ct,
        int page = 1,
        int pageSize = 100
    )
    {
        if (page is < 1 or > MaxPage || pageSize is < 1 or > MaxPageSize)
            return Problems.Result(
                Problems.Validation(
                    "page",
                    $"page must be between 1 and {MaxPage:N0} and pageSize between 1 and {MaxPageSize}"
                )
            );
        if (await session.LoadAsync<StatementFile>(id, ct) is not { } file)
            return Problems.Result(Problems.NotFound($"No statement file {id}."));
        return Results.Ok(await StatementRecord.OfFileAsync(session, file, ct, (page - 1) * pageSize, pageSize));
    }

    public const int MaxPageSize = 500;

    /// <summary>Beyond it, page × pageSize would not fit the offset.</summary>
    public const int MaxPage = 1_000_000;

    [WolverineGet(
        "/api/statements",
        OperationId = "ListStatements",
        Summary = "List statement files",
        Description = "Newest first, paged (page from 1, pageSize up to 500): each file's status, attempts, last "
            + "error and counts (its report: GET /api/statements/{id}). "
            + "status= one of received, importing, imported, imported-with-errors, failed, or open (received and "
            + "importing)."
    )]
    [Tags("Statements")]
    [Authorize(Policy = ApiRoles.Reader)]
    [ProducesResponseType<IReadOnlyList<StatementFileListItem>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public static async Task<IResult> List(
        IQuerySession session,
        CancellationToken ct,
        int page = 1,
        int pageSize = 50,
        string? status = null
    )
    {
        if (page is < 1 or > MaxPage || pageSize is < 1 or > MaxPageSize)
            return Problems.Result(
                Problems.Validation(
                    "page",
                    $"page must be between 1 and {MaxPage:N0} and pageSize between 1 and {MaxPageSize}"
                )
            );
        StatementFileStatus[] statuses;
        if (status is null)
            statuses = Enum.GetValues<StatementFileStatus>();
        else if (status == "open")
            statuses = StatementFileQueries.Open;
        else if (
            Enum.GetValues<StatementFileStatus>().FirstOrDefault(s => StatementFileQueries.JsonName(s) == status)
                is var one
            && StatementFileQueries.JsonName(one) == status
        )
            statuses = [one];
        else
            return Problems.Result(
                Problems.Validation(
                    "status",
                    $"status '{status}' is none of received, importing, imported, imported-with-errors, failed, open"
                )
            );
        var files = await session.WithStatusAsync(statuses, ct, (page - 1) * pageSize, pageSize);
        return Results.Ok(files.Select(StatementFileListItem.From).ToList());
    }

    [WolverinePost(
        "/api/statements/{id}/retry",
        OperationId = "RetryStatement",
        Summary = "Retry a file",
        Description = "Imports a failed or interrupted file again from the store (a crashed import resumes where it "
            + "stopped). A file already imported is left as it is."
    )]
    [Tags("Statements")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<StatementFileResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<IResult> Retry(
        Guid id,
        IDocumentStore store,
        IMessageBus bus,
        ImportSignals signals,
        StatementsSettings settings,
        CancellationToken ct
    )
    {
        StatementFile? file;
        await using (var session = store.QuerySession())
            file = await session.LoadAsync<StatementFile>(id, ct);
        if (file is null)
            return Problems.Result(Problems.NotFound($"No statement file {id}."));
        if (file.Status is StatementFileStatus.Imported or StatementFileStatus.ImportedWithErrors)
            return await AnswerAsync(
                new StatementImportResult(
                    file,
                    ImportOutcome.AlreadyImported,
                    "The file is already imported: nothing changed."
                ),
                store,
                ct
            );
        // Run in the background like an upload's import, and waited for as long.
        await bus.PublishAsync(new ImportStatement(id));
        return await AwaitImportAsync(file, signals, store, settings, ct);
    }

    /// <summary>The upload request: the one endpoint whose body may be larger than
    /// <c>Security:MaxRequestBodyBytes</c>.</summary>
    public static bool IsUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.Equals("/api/statements", StringComparison.OrdinalIgnoreCase);

    private static async Task<StatementFileResponse> ResponseAsync(
        IQuerySession session,
        StatementFile file,
        ImportOutcome? outcome,
        string? message
    )
    {
        file.Report.Statements = await StatementRecord.OfFileAsync(session, file, CancellationToken.None);
        return StatementFileResponse.From(file, outcome, message);
    }

    private static async Task<IResult> AnswerAsync(
        StatementImportResult result,
        IDocumentStore store,
        CancellationToken ct
    )
    {
        StatementFileResponse body;
        await using (var session = store.QuerySession())
            body = await ResponseAsync(session, result.File, result.Outcome, result.Message);
        return result.Outcome switch
        {
            ImportOutcome.Imported or ImportOutcome.ImportedWithErrors => Results.Created(
                $"/api/statements/{result.File.Id}",
                body
            ),
            ImportOutcome.AlreadyImported => Results.Ok(body),
            ImportOutcome.InProgress => Problems.Result(Problems.Conflict(result.Message)),
            _ => Results.Problem(
                new ProblemDetails
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
                }
            ),
        };
    }

    private static IResult TooLarge(long limit) =>
        Results.Problem(
            new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The file is too large",
                Detail = $"Statement files are limited to {limit:N0} bytes (Statements:MaxFileBytes).",
            }
        );

    private static async Task<(Stream? Stream, string FileName)> BodyAsync(HttpRequest request, CancellationToken ct)
    {
        var fallbackName = request.Headers["X-File-Name"].FirstOrDefault()
            ?? $"upload-{DateTime.UtcNow:yyyyMMddHHmmss}";
        if (
            !MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
        )
            return (request.Body, fallbackName);

        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value
            ?? throw new BadHttpRequestException("multipart body without boundary");
        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (
                ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                && disposition.IsFileDisposition()
            )
                return (
                    section.Body,
                    HeaderUtilities
                        .RemoveQuotes(
                            disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName
                        )
                        .Value
                        ?? fallbackName
                );
        }
        return (null, fallbackName);
    }
}
