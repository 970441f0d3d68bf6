using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Security;
using Reconciliation.Domain.Coverage;
using Reconciliation.Jobs.Exceptions;
using Wolverine.Http;

namespace Reconciliation.Api.Exceptions.Keeping;

/// <summary><c>POST /api/exceptions/{id}/keep</c>: a lot of held credit stays held (the worker will complete it, or it
/// is decided later).</summary>
public static class KeepEndpoint
{
    [WolverinePost(
        "/api/exceptions/{id}/keep",
        OperationId = "KeepException",
        Summary = "Keep a lot of held credit held",
        Description = "Body { \"reason\" }. The item leaves the open queue; the lot still completes a fee with later "
            + "deposits and can still be decided."
    )]
    [Tags("Exceptions")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<ExceptionItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Post(
        string id,
        DecisionRequest request,
        HttpContext http,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        if (ExceptionDecisions.Invalid(request, out _) is { } invalid)
            return invalid;
        var by = ExceptionDecisions.By(http, request, clock);
        return await ExceptionDecisions.OnLotAsync(
            session,
            id,
            "keep",
            "kept",
            by,
            clock,
            (worker, deposit) => HeldCreditDecisions.Keep(worker, deposit, by),
            ct
        );
    }
}
