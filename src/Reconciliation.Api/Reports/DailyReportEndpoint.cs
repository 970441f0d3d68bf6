using Microsoft.AspNetCore.Authorization;
using Reconciliation.Api.Security;
using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Exceptions;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Time;
using Reconciliation.Jobs.Statements;
using Wolverine.Http;

namespace Reconciliation.Api.Reports;

public static class DailyReportEndpoint
{
    [WolverineGet("/api/reports/daily", OperationId = "DailyReport", Summary = "Daily report",
        Description = "For a day (date=YYYY-MM-DD, Mexico City; default today): files imported, credits, deposits by outcome (matched, suspense, held…), flags and exception items raised, with totals that add up to the statements' credits.")]
    [Tags("Reports")]
    [ProducesResponseType<DailyReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [Authorize(Policy = ApiRoles.Reader)]
    public static async Task<IResult> Get(string? date, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var day = MexicoCity.Today(clock);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            return Problems.Result(Problems.Validation("date", $"'{date}' is not a date YYYY-MM-DD"));

        // The day in Mexico City, as instants.
        var start = MexicoCity.StartOfDay(day);
        var end = MexicoCity.StartOfDay(day.AddDays(1));
        var files = await session.Query<StatementFile>().Where(f => f.ReceivedAt >= start && f.ReceivedAt < end).OrderBy(f => f.ReceivedAt).ToListAsync(ct);
        var ids = files.Select(f => f.Id).ToArray();
        var deposits = ids.Length == 0 ? [] : await session.Query<Deposit>().Where(d => d.StatementFileId.IsOneOf(ids)).ToListAsync(ct);
        var flags = await session.Events.QueryRawEventDataOnly<PaymentFlagged>().Where(f => f.On == day).ToListAsync(ct);
        var raised = new Dictionary<string, int>();
        var open = new Dictionary<string, int>();
        foreach (var kind in ExceptionKind.All)
        {
            raised[kind] = await session.Query<ExceptionItem>().CountAsync(i => i.Kind == kind && i.RaisedAt >= start && i.RaisedAt < end, ct);
            open[kind] = await session.Query<ExceptionItem>().CountAsync(i => i.Kind == kind && i.Status == ExceptionItem.Open, ct);
        }

        var reports = files.Select(f => f.Report).ToList();
        var creditTotal = reports.Sum(r => r.CreditTotal);
        var depositTotal = reports.Sum(r => r.DepositTotal);
        var confirmed = reports.Sum(r => r.ConfirmedTotal);
        var duplicates = reports.Sum(r => r.DuplicateTotal);
        var other = reports.Sum(r => r.OtherCreditTotal);
        var byStatus = deposits.GroupBy(d => d.Status).ToDictionary(g => g.Key, g => new DailyReportCount(g.Count(), g.Sum(d => d.Amount)));

        return Results.Ok(new DailyReport(
            day,
            files.Select(f => new DailyReportFile(f.Id, f.FileName, f.Report.Format, f.Status, f.Report.Credits, f.Report.CreditTotal,
                f.Report.Deposits, f.Report.Confirmed, f.Report.Duplicates, f.Report.Errors)).ToList(),
            reports.Sum(r => r.Credits), creditTotal, reports.Sum(r => r.Deposits), depositTotal, confirmed, duplicates, other,
            byStatus,
            flags.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count()),
            raised,
            open,
            CreditsAddUp: creditTotal == depositTotal + confirmed + duplicates + other,
            DepositsAddUp: byStatus.Values.Sum(c => c.Total) == depositTotal));
    }
}
