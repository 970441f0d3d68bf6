using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Exceptions;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Time;
using Reconciliation.Domain.Workers;
using Wolverine.Http;
using Wolverine.Marten;

namespace Reconciliation.Api.Workers.Changing;

/// <summary>Body of a declaration: the new monthly income and/or zone, the month it takes effect, why, and the version
/// read.</summary>
public sealed record DeclareIncomeRequest(
    decimal? MonthlyIncome,
    string? Zone,
    string? EffectiveFrom,
    string? Reason,
    long? Version
);

/// <summary>
/// <c>POST /api/workers/{nss}/income</c>: the worker declares a new monthly income and/or zone, effective from a month
/// not yet paid nor past; the fee of that month onward uses it (<c>IncomeDeclared</c>, with who, when and why).
/// </summary>
public static class DeclareIncomeEndpoint
{
    [WolverinePost(
        "/api/workers/{nss}/income",
        OperationId = "DeclareIncome",
        Summary = "Declare a worker's new income or zone",
        Description = "Body { \"monthlyIncome\", \"zone\": \"general\" | \"northern-border\", \"effectiveFrom\": "
            + "\"YYYY-MM\", \"reason\", \"version\" }: either or both of the first two. 200 with the record; 400 "
            + "naming each bad field (a month already paid or past is refused, naming the first month it may take "
            + "effect from); 404; 409 when the record changed since that version, or the worker withdrew."
    )]
    [Tags("Workers")]
    [Authorize(Policy = ApiRoles.Operator)]
    [ProducesResponseType<WorkerResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static (IResult, Events) Post(
        DeclareIncomeRequest request,
        [WriteWorker] WorkerCoverage coverage,
        [ReadAggregate(RouteNssCheck.RouteValue)] Worker worker,
        HttpContext http,
        FeeCalculator fees,
        CoveragePolicy policy,
        TimeProvider clock
    )
    {
        if (Problems.Stale(coverage.Version, request.Version) is { } stale)
            return (stale, []);
        var decision = IncomeChanges.Declare(
            coverage,
            new DeclareIncome(request.MonthlyIncome, request.Zone, request.EffectiveFrom, request.Reason),
            ExceptionDecisions.OperatorName(http),
            MexicoCity.Today(clock),
            fees,
            policy
        );
        if (decision.Errors.Count > 0)
            return (Problems.Result(Problems.Validation(decision.Errors)), []);
        if (decision.Conflict is { } conflict)
            return (Problems.Result(Problems.Conflict(conflict)), []);
        var after = decision.Events.OfType<IncomeDeclared>().Aggregate(worker, (w, e) => w.Apply(e));
        return (Results.Ok(WorkerResponse.From(after, coverage.Version + decision.Events.Count)), [.. decision.Events]);
    }

    /// <summary>The version read is required: the change is appended at it (a change recorded meanwhile:
    /// 409).</summary>
    public static ProblemDetails Validate(DeclareIncomeRequest request) => Problems.RequireVersion(request.Version);
}
