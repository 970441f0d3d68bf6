using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Workers;
using Wolverine.Http;

namespace Reconciliation.Api.Workers;

/// <summary><c>GET /api/workers/{nss}</c>: the worker as enrolled, from its read model.</summary>
public static class GetWorkerEndpoint
{
    [WolverineGet(
        "/api/workers/{nss}",
        OperationId = "GetWorker",
        Summary = "Read a worker",
        Description = "The worker as enrolled, with the changes of their record since, and the record's version (a "
            + "change names it)."
    )]
    [Tags("Workers")]
    [ProducesResponseType<WorkerResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [Authorize(Policy = ApiRoles.Reader)]
    public static async Task<IResult> GetWorker(string nss, IQuerySession session, CancellationToken ct)
    {
        // The version first: a change appended between the two reads then makes a later change a 409, never an unseen
        // overwrite.
        var stream = await session.Events.FetchStreamStateAsync(nss, ct);
        var worker = await session.LoadAsync<Worker>(nss, ct);
        if (worker is null || stream is null)
            return Problems.WorkerNotFound(nss);
        return Results.Ok(WorkerResponse.From(worker, stream.Version));
    }
}
