using System.Text.RegularExpressions;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reconciliation.Api.Coverage;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Time;
using Reconciliation.Jobs.Notices;
using DomainWorker = Reconciliation.Domain.Workers.Worker;

namespace Reconciliation.Api.Web.Pages;

/// <summary>
/// A worker, found by NSS, CURP, RFC or name: their coverage as of a date (the API's own answer), the last 24 months
/// as a strip, held lots, flags, notices, the fee for their income, and their stream in plain words.
/// </summary>
public sealed partial class WorkerModel(IQuerySession session) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? AsOf { get; set; }

    public IReadOnlyList<DomainWorker> Found { get; private set; } = [];
    public CoverageResponse? Coverage { get; private set; }
    public string? Refusal { get; private set; }
    public IReadOnlyList<(CoverageMonth Month, string State)> Strip { get; private set; } = [];
    public IReadOnlyList<NoticeRecord> Notices { get; private set; } = [];
    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];
    public FeeQuote? Quote { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var q = Q?.Trim();
        if (string.IsNullOrEmpty(q))
            return;
        if (Digits().IsMatch(q))
        {
            await ShowAsync(q, ct);
            return;
        }
        Found = await Search(session, q).ToListAsync(ct);
        if (Found.Count == 1)
            await ShowAsync(Found[0].Id, ct);
    }

    /// <summary>
    /// The workers a search names, by name, at most 50. A CURP or an RFC has digits and a name has none: an identifier
    /// is found through its index, and any part of a name through the index of the names' trigrams.
    /// </summary>
    public static IQueryable<DomainWorker> Search(IQuerySession session, string q)
    {
        var upper = q.ToUpperInvariant();
        var workers = session.Query<DomainWorker>();
        return (
            q.Any(char.IsDigit)
                ? workers.Where(w => w.Curp == upper || w.Rfc == upper)
                : workers.Where(w => w.Name.Contains(q, StringComparison.OrdinalIgnoreCase))
        )
            .OrderBy(w => w.Name)
            .Take(50);
    }

    private async Task ShowAsync(string nss, CancellationToken ct)
    {
        var services = HttpContext.RequestServices;
        var fees = services.GetRequiredService<FeeCalculator>();
        var policy = services.GetRequiredService<CoveragePolicy>();
        var clock = services.GetRequiredService<TimeProvider>();
        // The API's own answer, so that the console never says something else.
        var answer = await CoverageEndpoints.GetCoverage(nss, AsOf, session, fees, policy, clock, ct);
        if (answer is not Ok<CoverageResponse> { Value: { } coverage })
        {
            Refusal = (answer as ProblemHttpResult)?.ProblemDetails.Detail;
            return;
        }
        Coverage = coverage;
        Strip = MonthStrip(coverage);
        Notices = await session.Query<NoticeRecord>().Where(n => n.Nss == nss).OrderBy(n => n.Id).ToListAsync(ct);
        if (await CoverageEndpoints.GetHistory(nss, session, ct) is Ok<List<HistoryEntry>> { Value: { } history })
            History = history;
        if (await session.LoadAsync<WorkerCoverage>(nss, ct) is { } worker && coverage.AsOf >= fees.Schedule.FirstDate)
            Quote = fees.Quote(worker.MonthlyIncome, worker.Zone, coverage.AsOf);
    }

    /// <summary>24 months: the 22 before the as-of date's, that month and the next (payable already): covered, a gap
    /// between covered months, past and not covered, not yet paid (pending), or before the enrollment. A notified
    /// credit no statement has confirmed yet would pay the first pending month: that one is provisional.</summary>
    private static List<(CoverageMonth, string)> MonthStrip(CoverageResponse coverage)
    {
        var covered = coverage.Months.Select(m => m.Month).ToHashSet();
        var gaps = coverage.Gaps.ToHashSet();
        var last = CoverageMonth.Of(coverage.AsOf);
        var enrolled = CoverageMonth.Of(coverage.EnrolledOn);
        var strip = Enumerable
            .Range(0, 24)
            .Select(i => CoverageMonth.Of(last.FirstDay.AddMonths(i - 22)))
            .Select(m =>
                (
                    m,
                    covered.Contains(m) ? "covered"
                    : m < enrolled ? "before"
                    : gaps.Contains(m.ToString()) ? "gap"
                    : m < last ? "uncovered"
                    : "pending"
                )
            )
            .ToList();
        var firstPending = strip.FindIndex(s => s.Item2 == "pending");
        if (coverage.ProvisionalPayments.Count > 0 && firstPending >= 0)
            strip[firstPending] = (strip[firstPending].m, "provisional");
        return strip;
    }

    [GeneratedRegex("^[0-9]{11}$")]
    private static partial Regex Digits();
}
