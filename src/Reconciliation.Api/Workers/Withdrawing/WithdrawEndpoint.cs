using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Exceptions;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Time;
using Reconciliation.Domain.Workers;
using Wolverine.Http;
using Wolverine.Marten;

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
    public static (IResult, Events) Post(
        WithdrawalRequest request,
        [WriteWorker] WorkerCoverage worker,
        HttpContext http,
        TimeProvider clock
    )
    {
        var by = new DecisionBy(ExceptionDecisions.OperatorName(http), request.Reason!.Trim(), MexicoCity.Today(clock));
        var decision = WithdrawalDecisions.Withdraw(worker, DateOf(request)!.Value, by, clock.GetUtcNow());
        if (ExceptionDecisions.Refusal(decision) is { } refused)
            return (refused, []);
        return (Results.Ok(decision.Events.OfType<WorkerWithdrawn>().Single()), [.. decision.Events]);
    }

    /// <summary>400 naming each bad field.</summary>
    public static ProblemDetails Validate(WithdrawalRequest request)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.Reason))
            errors.Fail("reason", "a withdrawal needs a reason");
        if (DateOf(request) is null)
            errors.Fail("date", $"'{request.Date}' is not a date YYYY-MM-DD");
        return errors.Count == 0 ? WolverineContinue.NoProblems : Problems.Validation(errors);
    }

    private static DateOnly? DateOf(WithdrawalRequest request) =>
        DateOnly.TryParseExact(
            request.Date,
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var on
        )
            ? on
            : null;
}
