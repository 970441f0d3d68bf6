using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Exceptions;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Time;
using Reconciliation.Domain.Workers;
using Reconciliation.Jobs.Workers;
using Wolverine.Http;

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
    public static async Task<IResult> Post(
        string nss,
        DeclareIncomeRequest request,
        HttpContext http,
        IDocumentSession session,
        FeeCalculator fees,
        CoveragePolicy policy,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        if (Problems.InvalidNss(nss) is { } invalidNss)
            return invalidNss;
        if (Problems.VersionMissing(request.Version) is { } missing)
            return missing;
        var version = request.Version!.Value;
        if (await session.LoadAsync<Worker>(nss, ct) is not { } worker)
            return Problems.Result(Problems.NotFound($"No worker is enrolled with NSS {nss}."));

        // Appended at the version read: a change or a payment recorded meanwhile makes this one a 409
        // (ExceptionProblems).
        var stream = await session.Events.FetchForWriting<WorkerCoverage>(nss, version, ct);
        var decision = IncomeChanges.Declare(
            stream.Aggregate!,
            new DeclareIncome(request.MonthlyIncome, request.Zone, request.EffectiveFrom, request.Reason),
            ExceptionDecisions.OperatorName(http),
            MexicoCity.Today(clock),
            fees,
            policy
        );
        if (decision.Errors.Count > 0)
            return Problems.Result(Problems.Validation(decision.Errors));
        if (decision.Conflict is { } conflict)
            return Problems.Result(Problems.Conflict(conflict));
        if (decision.Events.Count == 0)
            return Results.Ok(WorkerResponse.From(worker, version));
        stream.AppendMany(decision.Events);
        return Results.Ok(
            WorkerResponse.From(
                decision.Events.OfType<IncomeDeclared>().Aggregate(worker, (w, e) => w.Apply(e)),
                version + decision.Events.Count
            )
        );
    }
}
