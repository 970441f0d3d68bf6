using System.Globalization;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Time;
using Wolverine.Http;

namespace Reconciliation.Api.Coverage;

/// <summary>Who is covered: a worker's coverage (today or as of any past date), history, and workers by
/// status.</summary>
public static class CoverageEndpoints
{
    // By name only (Enum.TryParse would also take numbers, which are not statuses).
    private static readonly Dictionary<string, CoverageStatus> Statuses = Enum.GetValues<CoverageStatus>()
        .ToDictionary(s => s.ToString().ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);

    [WolverineGet(
        "/api/workers/{nss}/coverage",
        OperationId = "GetCoverage",
        Summary = "Read a worker's coverage",
        Description = "Status (pending, covered, due, late, lapsed, withdrawn), the months paid and by which "
            + "deposits, gaps, unapplied credit, open flags and the monthly fee. Without asOf: today in Mexico City, "
            + "from the coverage projection. With asOf=YYYY-MM-DD: rebuilt from the worker's events whose business "
            + "date is on or before that day."
    )]
    [Tags("Coverage")]
    [ProducesResponseType<CoverageResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [Authorize(Policy = ApiRoles.Reader)]
    public static async Task<IResult> GetCoverage(
        string nss,
        string? asOf,
        IQuerySession session,
        FeeCalculator fees,
        CoveragePolicy policy,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var today = MexicoCity.Today(clock);
        DateOnly date = today;
        if (
            asOf is not null
            && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        )
            return Problems.Result(Problems.Validation("asOf", $"'{asOf}' is not a date YYYY-MM-DD"));
        if (date > today)
            return Problems.Result(
                Problems.Validation(
                    "asOf",
                    $"{date:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}, Mexico City): coverage is known up to today"
                )
            );

        WorkerCoverage? coverage;
        if (asOf is null || date == today)
        {
            coverage = await session.LoadAsync<WorkerCoverage>(nss, ct);
        }
        else
        {
            var events = await session.Events.FetchStreamAsync(nss, token: ct);
            coverage = WorkerStream.AsOf(events.Select(e => e.Data), date);
        }
        if (coverage is null)
            return Problems.Result(
                Problems.NotFound(
                    date == today
                        ? string.Format(Problems.NotEnrolled, nss)
                        : $"No worker was enrolled with NSS {nss} on {date:yyyy-MM-dd}."
                )
            );
        // The fee of the month a deposit made that day would pay.
        var (income, zone) = coverage.IncomeFor(
            CoverageRules.Assign(coverage.FirstUnpaid, date, 1, policy, coverage.PinnedMonths).Months[0]
        );
        var fee = date >= fees.Schedule.FirstDate ? fees.Quote(income, zone, date).Monthly : 0m;
        return Results.Ok(CoverageResponse.From(coverage, date, fee, policy));
    }

    [WolverineGet(
        "/api/workers/{nss}/history",
        OperationId = "GetHistory",
        Summary = "Read a worker's history",
        Description = "Every event of the worker's stream in order: enrollment, payments, coverage granted or "
            + "revoked, flags, credit held or applied, reversals, with when it was recorded (Mexico City) and its "
            + "business date."
    )]
    [Tags("Coverage")]
    [ProducesResponseType<IReadOnlyList<HistoryEntry>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [Authorize(Policy = ApiRoles.Reader)]
    public static async Task<IResult> GetHistory(string nss, IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(nss, token: ct);
        if (events.Count == 0)
            return Problems.WorkerNotFound(nss);
        return Results.Ok(
            events
                .Select(e => new HistoryEntry(
                    e.Version,
                    e.EventTypeName,
                    MexicoCity.LocalTime(e.Timestamp),
                    WorkerStream.EffectiveDate(e.Data),
                    e.Data
                ))
                .ToList()
        );
    }

    [WolverineGet(
        "/api/workers",
        OperationId = "ListWorkers",
        Summary = "List workers by status",
        Description = "Workers whose status today (Mexico City) is the one asked, ordered by NSS, paged (page from "
            + "1, pageSize up to 1000)."
    )]
    [Tags("Coverage")]
    [ProducesResponseType<WorkerPage>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [Authorize(Policy = ApiRoles.Reader)]
    public static async Task<IResult> ListWorkers(
        string? status,
        IQuerySession session,
        CoveragePolicy policy,
        TimeProvider clock,
        CancellationToken ct,
        int page = 1,
        int pageSize = 100
    )
    {
        if (page < 1 || pageSize is < 1 or > 1000)
            return Problems.Result(
                Problems.Validation("page", "page must be 1 or more and pageSize between 1 and 1000")
            );
        CoverageStatus? wanted = null;
        if (status is not null)
        {
            if (!Statuses.TryGetValue(status, out var named))
                return Problems.Result(
                    Problems.Validation("status", $"status must be one of {string.Join(", ", Statuses.Keys)}")
                );
            wanted = named;
        }
        var today = MexicoCity.Today(clock);
        IQueryable<WorkerCoverage> query = session.Query<WorkerCoverage>();
        if (wanted is { } asked)
            query = query.Where(CoverageQueries.WithStatus(asked, today, policy));
        var workers = await query.OrderBy(w => w.Id).ToPagedListAsync(page, pageSize, ct);
        return Results.Ok(
            new WorkerPage(
                page,
                pageSize,
                workers.TotalItemCount,
                workers
                    .Select(w => new WorkerSummary(
                        w.Id,
                        w.Name,
                        CoverageStatusRules.StatusOn(w, today, policy),
                        w.PaidThrough,
                        w.UnappliedCredit
                    ))
                    .ToList()
            )
        );
    }
}
