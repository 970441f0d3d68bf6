using System.Globalization;
using System.Text;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;
using Reconciliation.Api.Audit;
using Reconciliation.Api.Reports;
using Reconciliation.Domain;

namespace Reconciliation.Api.Web.Pages;

/// <summary>The daily report: the API's own answer (<c>/api/reports/daily</c>), shown, and downloaded as CSV.</summary>
public sealed class ReportModel(IQuerySession session, NpgsqlDataSource database, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    public DailyReport? Report { get; private set; }
    public string? Refusal { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Report is not { } r)
            return BadRequest(Refusal ?? "no report");
        return File(Encoding.UTF8.GetBytes(Csv(r)), "text/csv; charset=utf-8", $"daily-report-{r.Date:yyyy-MM-dd}.csv");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var answer = await DailyReportEndpoint.Get(Date, session, database, clock, ct);
        if (answer is Ok<DailyReport> { Value: { } report })
            Report = report;
        else
            Refusal = (answer as ProblemHttpResult)?.ProblemDetails.Detail;
    }

    /// <summary>The report's figures as rows of (section, item, count, total): what an auditor's spreadsheet
    /// reads.</summary>
    public static IEnumerable<(string Section, string Item, int? Count, decimal? Total)> Rows(DailyReport r)
    {
        yield return ("statements", "credits", r.Credits, r.CreditTotal);
        yield return ("statements", "deposits", r.Deposits, r.DepositTotal);
        yield return ("statements", "confirmed", null, r.ConfirmedTotal);
        yield return ("statements", "duplicates", null, r.DuplicateTotal);
        yield return ("statements", "sightings", null, r.SightingTotal);
        yield return ("statements", "other credits", null, r.OtherCreditTotal);
        foreach (var (status, c) in r.DepositsByStatus)
            yield return ("deposits by outcome", JsonNames.Of(status), c.Count, c.Total);
        foreach (var (kind, count) in r.FlagsRaised)
            yield return ("flags raised", kind, count, null);
        foreach (var (kind, count) in r.ExceptionsRaised)
            yield return ("queue items raised", kind, count, null);
        foreach (var (kind, count) in r.ExceptionsOpen)
            yield return ("queue items open", kind, count, null);
        yield return ("money out", "refunds requested", r.RefundsRequested.Count, r.RefundsRequested.Total);
        yield return ("money out", "returned by the bank", r.Returned.Count, r.Returned.Total);
        yield return ("money out", "awaiting approval", r.AwaitingApproval.Count, r.AwaitingApproval.Total);
        yield return ("held", "lots held", r.LotsHeld.Count, r.LotsHeld.Total);
        yield return ("ledger", "matched", null, r.Ledger.Matched);
        yield return ("ledger", "applied", null, r.Ledger.Applied);
        yield return ("ledger", "held", null, r.Ledger.Held);
        yield return ("ledger", "refunded", null, r.Ledger.Refunded);
        yield return ("ledger", "reversed", null, r.Ledger.Reversed);
        yield return ("ledger", "transferred", null, r.Ledger.Transferred);
        yield return ("ledger", "provisional", null, r.Ledger.Provisional);
    }

    private static string Csv(DailyReport r)
    {
        var csv = new StringBuilder("date,section,item,count,total\r\n");
        foreach (var (section, item, count, total) in Rows(r))
            csv.AppendJoin(
                    ',',
                    r.Date.ToString("yyyy-MM-dd"),
                    AuditEndpoint.Field(section),
                    AuditEndpoint.Field(item),
                    count?.ToString(CultureInfo.InvariantCulture) ?? "",
                    total?.ToString("0.00", CultureInfo.InvariantCulture) ?? ""
                )
                .Append("\r\n");
        csv.Append($"{r.Date:yyyy-MM-dd},checks,credits add up,,{(r.CreditsAddUp ? "yes" : "no")}\r\n");
        csv.Append($"{r.Date:yyyy-MM-dd},checks,deposits add up,,{(r.DepositsAddUp ? "yes" : "no")}\r\n");
        csv.Append($"{r.Date:yyyy-MM-dd},checks,ledger adds up,,{(r.Ledger.AddsUp ? "yes" : "no")}\r\n");
        return csv.ToString();
    }
}
