using Microsoft.AspNetCore.Authorization;
using Reconciliation.Api.Security;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Workers;
using Wolverine.Http;

namespace Reconciliation.Api.Workers;

/// <summary><c>GET /api/workers/{nss}</c>: the worker as enrolled, from its read model.</summary>
public static class GetWorkerEndpoint
{
    [WolverineGet("/api/workers/{nss}", OperationId = "GetWorker", Summary = "Read a worker", Description = "The worker as enrolled.")]
    [Tags("Workers")]
    [ProducesResponseType<WorkerResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [Authorize(Policy = ApiRoles.Reader)]
    public static Task<IResult> GetWorker(string nss, IQuerySession session, CancellationToken ct) =>
        ByNss<Worker>(nss, session, WorkerResponse.From, ct);

    /// <summary>A worker's document by NSS from the route: 400 naming the NSS's fault, 404 when nobody has it.</summary>
    internal static async Task<IResult> ByNss<T>(string nss, IQuerySession session, Func<T, object> answer, CancellationToken ct) where T : notnull
    {
        if (Problems.InvalidNss(nss) is { } invalid) return invalid;
        var document = await session.LoadAsync<T>(nss, ct);
        return document is null
            ? Problems.Result(Problems.NotFound($"No worker is enrolled with NSS {nss}."))
            : Results.Ok(answer(document));
    }
}
