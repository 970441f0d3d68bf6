using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Security;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;
using Reconciliation.Jobs.Exceptions;
using Wolverine.Http;

namespace Reconciliation.Api.Exceptions.Applying;

/// <summary><c>POST /api/exceptions/{id}/apply</c>: a lot of held credit accepted as payment.</summary>
public static class ApplyEndpoint
{
    [WolverinePost(
        "/api/exceptions/{id}/apply",
        OperationId = "ApplyException",
        Summary = "Accept a lot of held credit as payment",
        Description = "Body { \"reason\", \"month\"? }. Without a month the lot buys the whole months it covers; "
            + "with one it is a partial payment of that month."
    )]
    [Tags("Exceptions")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<ExceptionItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Post(
        string id,
        DecisionRequest request,
        HttpContext http,
        IDocumentSession session,
        FeeCalculator fees,
        CoveragePolicy policy,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        if (ExceptionDecisions.Invalid(request, out var month) is { } invalid)
            return invalid;
        var by = ExceptionDecisions.By(http, request, clock);
        return await ExceptionDecisions.OnLotAsync(
            session,
            id,
            "apply",
            "applied",
            by,
            clock,
            (worker, deposit) => HeldCreditDecisions.Apply(worker, deposit, month, by, fees, policy),
            ct
        );
    }
}
