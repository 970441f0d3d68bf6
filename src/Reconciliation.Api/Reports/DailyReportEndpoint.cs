using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Time;
using Reconciliation.Jobs.Exceptions;
using Reconciliation.Jobs.Statements;
using Wolverine.Http;

namespace Reconciliation.Api.Reports;

public static class DailyReportEndpoint
{
    [WolverineGet(
        "/api/reports/daily",
        OperationId = "DailyReport",
        Summary = "Daily report",
        Description = "For a day (date=YYYY-MM-DD, Mexico City; default today): files imported, credits, deposits by "
            + "outcome (matched, suspense, held…), flags and exception items raised, with totals that add up to the "
            + "statements' credits; the refunds and splits awaiting a second key's approval."
    )]
    [Tags("Reports")]
    [ProducesResponseType<DailyReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [Authorize(Policy = ApiRoles.Reader)]
    public static async Task<IResult> Get(
        string? date,
        IQuerySession session,
        NpgsqlDataSource database,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var day = MexicoCity.Today(clock);
        if (
            date is not null
            && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
        )
            return Problems.Result(Problems.Validation("date", $"'{date}' is not a date YYYY-MM-DD"));

        // The day in Mexico City, as instants.
        var start = MexicoCity.StartOfDay(day);
        var end = MexicoCity.StartOfDay(day.AddDays(1));
        var files = await session
            .Query<StatementFile>()
            .Where(f => f.ReceivedAt >= start && f.ReceivedAt < end)
            .OrderBy(f => f.ReceivedAt)
            .ToListAsync(ct);
        var ids = files.Select(f => f.Id).ToArray();
        var byStatus =
            ids.Length == 0
                ? new Dictionary<DepositStatus, DailyReportCount>()
                : await DepositsByStatusAsync(database, session.DocumentStore.Options.Schema.For<Deposit>(), ids, ct);
        var events = new DayEvents(database, session.DocumentStore, day, start, end);
        var flags = await events.FlagsAsync(ct);
        var raised = new Dictionary<string, int>();
        var open = new Dictionary<string, int>();
        foreach (var kind in Enum.GetValues<ExceptionKind>())
        {
            raised[kind.Name()] = await session
                .Query<ExceptionItem>()
                .CountAsync(i => i.Kind == kind && i.RaisedAt >= start && i.RaisedAt < end, ct);
            open[kind.Name()] = await session
                .Query<ExceptionItem>()
                .CountAsync(i => i.Kind == kind && i.Status == ExceptionStatus.Open, ct);
        }

        var refunds = await events.CountAsync<DepositRefundRequested>(
            "(data ->> 'at')::timestamptz >= $2 and (data ->> 'at')::timestamptz < $3",
            ct
        );
        var returned = await events.CountAsync<DepositReturned>("data ->> 'returnedOn' = $1", ct);
        var held = await events.CountAsync<CreditHeld>(
            "(data ->> 'heldOn' = $1 or (data ->> 'heldOn' is null and data ->> 'valueDate' = $1))",
            ct
        );
        // Now, whatever the day: what the approvers still have to decide.
        var awaiting = await session
            .Query<ExceptionItem>()
            .Where(i => i.Approval != null)
            .Select(i => i.Approval!.Amount)
            .ToListAsync(ct);
        var ledger = await LedgerAsync(database, session.DocumentStore.Options.Schema.For<WorkerCoverage>(), ct);

        var reports = files.Select(f => f.Report).ToList();
        var creditTotal = reports.Sum(r => r.CreditTotal);
        var depositTotal = reports.Sum(r => r.DepositTotal);
        var confirmed = reports.Sum(r => r.ConfirmedTotal);
        var duplicates = reports.Sum(r => r.DuplicateTotal);
        var sightings = reports.Sum(r => r.SightingTotal);
        var other = reports.Sum(r => r.OtherCreditTotal);

        return Results.Ok(
            new DailyReport(
                day,
                files
                    .Select(f => new DailyReportFile(
                        f.Id,
                        f.FileName,
                        f.Report.Format,
                        f.Status,
                        f.Report.Credits,
                        f.Report.CreditTotal,
                        f.Report.Deposits,
                        f.Report.Confirmed,
                        f.Report.Duplicates,
                        f.Report.Errors
                    ))
                    .ToList(),
                reports.Sum(r => r.Credits),
                creditTotal,
                reports.Sum(r => r.Deposits),
                depositTotal,
                confirmed,
                duplicates,
                sightings,
                other,
                byStatus,
                flags,
                raised,
                open,
                CreditsAddUp: creditTotal == depositTotal + confirmed + duplicates + sightings + other,
                DepositsAddUp: byStatus.Values.Sum(c => c.Total) == depositTotal,
                refunds,
                returned,
                held,
                new DailyReportCount(awaiting.Count, awaiting.Sum()),
                ledger
            )
        );
    }

    /// <summary>The day's deposits counted and summed by status in the database (none of them loaded: a day may hold a
    /// million).</summary>
    private static async Task<Dictionary<DepositStatus, DailyReportCount>> DepositsByStatusAsync(
        NpgsqlDataSource database,
        string table,
        Guid[] files,
        CancellationToken ct
    )
    {
        await using var command = database.CreateCommand(
            $"select data ->> 'status', count(*), coalesce(sum((data ->> 'amount')::numeric), 0) from {table} where "
                + "CAST(data ->> 'statementFileId' as uuid) = any($1) group by 1"
        );
        command.Parameters.Add(new NpgsqlParameter { Value = files });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var byStatus = new Dictionary<DepositStatus, DailyReportCount>();
        while (await reader.ReadAsync(ct))
        {
            var status = System.Text.Json.JsonSerializer.Deserialize<DepositStatus>($"\"{reader.GetString(0)}\"");
            byStatus[status] = new DailyReportCount(checked((int)reader.GetInt64(1)), reader.GetDecimal(2));
        }
        return byStatus;
    }

    /// <summary>Every worker's ledger summed in the database (one pass over the coverage documents, nothing
    /// loaded).</summary>
    private static async Task<Ledger> LedgerAsync(NpgsqlDataSource database, string table, CancellationToken ct)
    {
        await using var command = database.CreateCommand(
            "select coalesce(sum((data ->> 'matched')::numeric), 0), coalesce(sum((data ->> 'applied')::numeric), "
                + "0), coalesce(sum((data ->> 'unappliedCredit')::numeric), 0), coalesce(sum((data ->> "
                + "'refunded')::numeric), 0), coalesce(sum((data ->> 'reversed')::numeric), 0), coalesce(sum((data "
                + "->> 'transferred')::numeric), 0), coalesce(sum((select sum((p ->> 'amount')::numeric) from "
                + $"jsonb_array_elements(data -> 'provisionalPayments') as p)), 0) from {table}"
        );
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var v = Enumerable.Range(0, 7).Select(reader.GetDecimal).ToArray();
        return new Ledger(v[0], v[1], v[2], v[3], v[4], v[5], v[6], AddsUp: v[0] == v[1] + v[2] + v[3] + v[4] + v[5]);
    }
}
