using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Exceptions;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Time;
using Reconciliation.Domain.Workers;
using Reconciliation.Jobs.Workers;
using Wolverine.Http;

namespace Reconciliation.Api.Workers.Withdrawing;

/// <summary>Body of a withdrawal: the day the worker left the scheme (Mexico City) and why.</summary>
public sealed record WithdrawalRequest(string? Date, string? Reason);

/// <summary>
/// <c>POST /api/workers/{nss}/withdrawal</c>: the worker leaves the scheme on a date. From then on the status is
/// withdrawn, no month is granted, and money that arrives is held for refund.
/// </summary>
public static class WithdrawEndpoint
{
    [WolverinePost(
        "/api/workers/{nss}/withdrawal",
        OperationId = "WithdrawWorker",
        Summary = "Record a worker's withdrawal",
        Description = "Body { \"date\": \"YYYY-MM-DD\", \"reason\" }. The date may not be in the future nor before "
            + "the enrollment."
    )]
    [Tags("Workers")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<WorkerWithdrawn>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Post(
        string nss,
        WithdrawalRequest request,
        HttpContext http,
        IDocumentSession session,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        if (Problems.InvalidNss(nss) is { } invalidNss)
            return invalidNss;
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Reason))
            errors["reason"] = ["a withdrawal needs a reason"];
        if (
            !DateOnly.TryParseExact(
                request.Date,
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var on
            )
        )
            errors["date"] = [$"'{request.Date}' is not a date YYYY-MM-DD"];
        if (errors.Count > 0)
            return Problems.Result(Problems.Validation(errors));

        var stream = await session.Events.FetchForWriting<WorkerCoverage>(nss, ct);
        if (stream.Aggregate is not { } worker)
            return Problems.Result(Problems.NotFound($"No worker is enrolled with NSS {nss}."));
        var by = new DecisionBy(ExceptionDecisions.OperatorName(http), request.Reason!.Trim(), MexicoCity.Today(clock));
        var decision = WithdrawalDecisions.Withdraw(worker, on, by, clock.GetUtcNow());
        if (ExceptionDecisions.Refusal(decision) is { } refused)
            return refused;
        stream.AppendMany(decision.Events);
        return Results.Ok(decision.Events.OfType<WorkerWithdrawn>().Single());
    }
}
