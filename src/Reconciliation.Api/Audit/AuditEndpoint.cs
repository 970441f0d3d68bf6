using System.Globalization;
using System.Text;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Time;
using Wolverine.Http;

namespace Reconciliation.Api.Audit;

/// <summary><c>GET /api/audit?from=&amp;to=</c>: the audit trail of whole days (Mexico City) as CSV, for an
/// auditor.</summary>
public static class AuditEndpoint
{
    public const string Header = "at_mexico_city,who,action,subject,amount,reason,approved_by";

    [WolverineGet(
        "/api/audit",
        OperationId = "AuditTrail",
        Summary = "The audit trail, as CSV",
        Description = "from, to = YYYY-MM-DD (Mexico City days, both included; at most 366 days). Every decision on "
            + "the queue and its approval, every request, approval and rejection of a refund or split, the refund "
            + "instructions and transfers, the changes of workers' records, every import attempt and retry: when "
            + "(Mexico City, with its offset), who (the key's name, or the system's door), what, on what, how much, "
            + "why."
    )]
    [Tags("Audit")]
    [Authorize(Policy = ApiRoles.Admin)]
    [Produces("text/csv")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public static async Task<IResult> Get(string? from, string? to, IQuerySession session, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var first = Day(from, "from", errors);
        var last = Day(to, "to", errors);
        if (errors.Count == 0 && (last < first || last.DayNumber - first.DayNumber > 365))
            errors["to"] = ["to is on or after from, at most 366 days in all"];
        if (errors.Count > 0)
            return Problems.Result(Problems.Validation(errors));

        var entries = await AuditTrail.ReadAsync(
            session,
            MexicoCity.StartOfDay(first),
            MexicoCity.StartOfDay(last.AddDays(1)),
            ct
        );
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var e in entries)
            csv.AppendJoin(
                    ',',
                    MexicoCity.LocalTime(e.At).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
                    Field(e.Who),
                    Field(e.Action),
                    Field(e.Subject),
                    e.Amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
                    Field(e.Reason),
                    Field(e.ApprovedBy ?? "")
                )
                .Append("\r\n");
        return Results.File(
            Encoding.UTF8.GetBytes(csv.ToString()),
            "text/csv; charset=utf-8",
            $"audit-{first:yyyy-MM-dd}-{last:yyyy-MM-dd}.csv"
        );
    }

    private static DateOnly Day(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        errors[field] = [$"{field} must be a day YYYY-MM-DD, not '{text}'"];
        return default;
    }

    /// <summary>A CSV field (RFC 4180), and text a spreadsheet would run as a formula (=, +, -, @ or | first, after
    /// any spaces) made plain with a leading apostrophe: reasons are typed by people.</summary>
    public static string Field(string value)
    {
        var start = value.TrimStart();
        if (start.Length > 0 && start[0] is '=' or '+' or '-' or '@' or '|' or '\t' or '\r')
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
