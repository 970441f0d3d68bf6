using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Jobs.Notices;
using Wolverine.Http;

namespace Reconciliation.Api.Notices;

public static class NoticesEndpoint
{
    [WolverineGet(
        "/api/workers/{nss}/notices",
        OperationId = "GetNotices",
        Summary = "A worker's notices",
        Description = "The notices scheduled for the worker, newest first: kind, month, what they said (fee, amount "
            + "due, deadline), and their delivery state (scheduled, failing with the last error, sent with when and "
            + "how)."
    )]
    [Tags("Notices")]
    [ProducesResponseType<IReadOnlyList<NoticeRecord>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [Authorize(Policy = ApiRoles.Reader)]
    public static async Task<IResult> Get(string nss, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<Domain.Workers.Worker>(nss, ct) is null)
            return Problems.WorkerNotFound(nss);
        var notices = await session
            .Query<NoticeRecord>()
            .Where(r => r.Nss == nss)
            .OrderByDescending(r => r.ScheduledAt)
            .ToListAsync(ct);
        return Results.Ok(notices);
    }
}
