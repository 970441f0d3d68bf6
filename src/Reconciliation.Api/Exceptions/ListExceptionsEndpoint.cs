using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain;
using Reconciliation.Jobs.Exceptions;
using Wolverine.Http;

namespace Reconciliation.Api.Exceptions;

/// <summary><c>GET /api/exceptions</c>: the operators' queue.</summary>
public static class ListExceptionsEndpoint
{
    [WolverineGet(
        "/api/exceptions",
        OperationId = "ListExceptions",
        Summary = "List the exception queue",
        Description = "Oldest first; kind = suspense | amount | reversal | unconfirmed; status = open (default) | "
            + "resolved | all; awaitingApproval = true: only refunds and splits a second key has to approve."
    )]
    [Tags("Exceptions")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<IReadOnlyList<ExceptionItem>>(StatusCodes.Status200OK)]
    public static async Task<IResult> List(
        string? kind,
        string? status,
        string? awaitingApproval,
        IQuerySession session,
        CancellationToken ct,
        int page = 1,
        int pageSize = 100
    )
    {
        var kindWanted = JsonNames.Parse<ExceptionKind>(kind);
        if (kind is not null && kindWanted is null)
            return Problems.Result(
                Problems.Validation("kind", $"kind must be one of {string.Join(", ", JsonNames.All<ExceptionKind>())}")
            );
        var statusWanted = JsonNames.Parse<ExceptionStatus>(status ?? "open");
        if (status is not (null or "all") && statusWanted is null)
            return Problems.Result(Problems.Validation("status", "status must be one of open, resolved, all"));
        if (page < 1 || pageSize is < 1 or > 1000)
            return Problems.Result(
                Problems.Validation("page", "page must be 1 or more and pageSize between 1 and 1000")
            );
        IQueryable<ExceptionItem> query = session.Query<ExceptionItem>();
        if (kindWanted is { } k)
            query = query.Where(i => i.Kind == k);
        if (status != "all" && statusWanted is { } st)
            query = query.Where(i => i.Status == st);
        if (awaitingApproval is not null)
        {
            if (!bool.TryParse(awaitingApproval, out var awaiting))
                return Problems.Result(Problems.Validation("awaitingApproval", "awaitingApproval is true or false"));
            query = awaiting ? query.Where(i => i.Approval != null) : query.Where(i => i.Approval == null);
        }
        var items = await query.OrderBy(i => i.RaisedAt).ThenBy(i => i.Id).ToPagedListAsync(page, pageSize, ct);
        return Results.Ok(items.ToList());
    }
}
