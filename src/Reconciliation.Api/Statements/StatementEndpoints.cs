using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Jobs.Statements;
using Wolverine.Http;

namespace Reconciliation.Api.Statements;

/// <summary>The statement files over HTTP: a file's report, its statements, the list of files (upload and retry: their
/// own endpoints).</summary>
public static class StatementEndpoints
{
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
            ? Results.Ok(await ImportAnswers.ResponseAsync(session, file, null, null))
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
            + "error and counts (its report: GET /api/statements/{id}). status= one of received, importing, "
            + "imported, imported-with-errors, failed, or open (received and importing)."
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
}
