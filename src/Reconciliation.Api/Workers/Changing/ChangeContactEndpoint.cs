using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Exceptions;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Workers;
using Wolverine.Http;
using Wolverine.Marten;

namespace Reconciliation.Api.Workers.Changing;

/// <summary>
/// Body of a change of contact details: the fields that change (the others are left out), why, and the version of the
/// record the operator read (<c>GET /api/workers/{nss}</c>), so that a change made meanwhile is not overwritten unseen.
/// </summary>
public sealed record ChangeContactRequest(
    string? Email,
    string? Language,
    string? Name,
    List<BeneficiaryForm?>? Beneficiaries,
    string? Reason,
    long? Version
);

/// <summary>
/// <c>POST /api/workers/{nss}/contact</c>: a worker's e-mail, language, name spelling or beneficiaries change, on
/// request. An event on the worker's stream with who, when and why; in force at once (notices go to the address in
/// force when sent).
/// </summary>
public static class ChangeContactEndpoint
{
    [WolverinePost(
        "/api/workers/{nss}/contact",
        OperationId = "ChangeContactDetails",
        Summary = "Change a worker's contact details",
        Description = "Body { \"email\", \"language\": \"es\" | \"en\", \"name\", \"beneficiaries\": [ { "
            + "\"relationship\", \"name\" } ], \"reason\", \"version\" }: any of the first four (beneficiaries "
            + "replace the list), a reason, and the version read from GET /api/workers/{nss}. 200 with the record as "
            + "it now stands; 400 naming each bad field; 404; 409 when the record changed since that version."
    )]
    [Tags("Workers")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<WorkerResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (IResult, Events) Post(
        ChangeContactRequest request,
        [WriteWorker] WorkerCoverage coverage,
        [ReadAggregate(RouteNssCheck.RouteValue)] Worker worker,
        HttpContext http,
        TimeProvider clock
    )
    {
        // The record is a projection of the worker's stream; the coverage carries the stream's version.
        if (Problems.Stale(coverage.Version, request.Version) is { } stale)
            return (stale, []);
        var decision = ContactChanges.Decide(
            worker,
            new ChangeContactDetails(
                request.Email,
                request.Language,
                request.Name,
                request.Beneficiaries,
                request.Reason
            ),
            ExceptionDecisions.OperatorName(http),
            clock.GetUtcNow()
        );
        if (decision.Errors.Count > 0)
            return (Problems.Result(Problems.Validation(decision.Errors)), []);
        if (decision.Changed is not { } changed)
            return (Results.Ok(WorkerResponse.From(worker, coverage.Version)), []);
        return (Results.Ok(WorkerResponse.From(worker.Apply(changed), coverage.Version + 1)), [changed]);
    }

    /// <summary>The version read is required: the change is appended at it (a change recorded meanwhile:
    /// 409).</summary>
    public static ProblemDetails Validate(ChangeContactRequest request) => Problems.RequireVersion(request.Version);
}
