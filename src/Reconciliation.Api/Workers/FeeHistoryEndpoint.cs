using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Time;
using Wolverine.Http;

namespace Reconciliation.Api.Workers;

/// <summary>A period of months of one fee, as <c>GET /api/workers/{nss}/fees</c> shows it.</summary>
public sealed record FeePeriodResponse(
    string From,
    string To,
    decimal MonthlyIncome,
    string Zone,
    decimal MonthlyFee,
    DateOnly ParametersEffective,
    string ParametersVersion,
    decimal MinimumWage,
    decimal UmaDaily
);

/// <summary><c>GET /api/workers/{nss}/fees</c>: what the worker should have paid in each month (
/// <see cref="FeeHistory"/>).</summary>
public static class FeeHistoryEndpoint
{
    [WolverineGet(
        "/api/workers/{nss}/fees",
        OperationId = "GetFeeHistory",
        Summary = "A worker's fee, month by month",
        Description = "Periods of months of one fee, from the first month the worker could pay through=YYYY-MM "
            + "(default: twelve months from today, Mexico City): the income and zone in force for the months, the "
            + "fee at the parameters in force on their due date, and those parameters. A declared income or zone, a "
            + "new minimum wage (January) or UMA (February) each start a period."
    )]
    [Tags("Workers")]
    [Authorize(Policy = ApiRoles.Reader)]
    [ProducesResponseType<IReadOnlyList<FeePeriodResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<IResult> Get(
        string nss,
        string? through,
        IQuerySession session,
        FeeCalculator fees,
        CoveragePolicy policy,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var last = CoverageMonth.Of(MexicoCity.Today(clock)).Plus(12);
        if (through is not null && !CoverageMonth.TryParse(through, out last))
            return Problems.Result(Problems.Validation("through", $"'{through}' is not a month YYYY-MM"));
        if (await session.LoadAsync<WorkerCoverage>(nss, ct) is not { } worker)
            return Problems.WorkerNotFound(nss);
        if (last > CoverageMonth.Of(MexicoCity.Today(clock)).Plus(120))
            return Problems.Result(Problems.Validation("through", "at most ten years ahead"));
        return Results.Ok(
            FeeHistory
                .Of(worker, last, fees, policy)
                .Select(p => new FeePeriodResponse(
                    p.From.ToString(),
                    p.To.ToString(),
                    p.MonthlyIncome,
                    ZoneNames.Name(p.Zone),
                    p.MonthlyFee,
                    p.ParametersEffective,
                    p.ParametersVersion,
                    p.MinimumWage,
                    p.UmaDaily
                ))
                .ToList()
        );
    }
}
