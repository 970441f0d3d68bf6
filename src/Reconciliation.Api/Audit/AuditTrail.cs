using JasperFx.Events;
using Marten;
using Marten.Events;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Workers;
using Reconciliation.Jobs.Exceptions;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Audit;

/// <summary>One thing a person (a key's name) or the system did: when, who, what, on what, how much, why.</summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string Who,
    string Action,
    string Subject,
    decimal? Amount,
    string Reason,
    string? ApprovedBy = null
);

/// <summary>
/// The audit trail of a period, gathered from the store: every decision on the exception queue (with its approval),
/// every request, approval and rejection of money going out, the refund instructions and transfers, the changes of a
/// worker's record, and every import attempt of a statement file (an upload, a retry, the inbox, the sweeper) with
/// whom it was for. Personal data stays out: a contact change names the fields that changed, not their values.
/// </summary>
public static class AuditTrail
{
    private static readonly Type[] EventTypes =
    [
        typeof(DecisionRequested),
        typeof(DecisionApproved),
        typeof(DecisionRejected),
        typeof(DepositRefundRequested),
        typeof(DepositTransferred),
        typeof(DepositFoundDuplicate),
        typeof(DepositFoundDistinct),
        typeof(IncomeDeclared),
        typeof(ContactDetailsChanged),
        typeof(WorkerWithdrawn),
    ];

    public static async Task<List<AuditEntry>> ReadAsync(
        IQuerySession session,
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken ct
    )
    {
        var entries = new List<AuditEntry>();
        var (start, end) = (from.ToUniversalTime(), to.ToUniversalTime());

        var events = await session
            .Events.QueryAllRawEvents()
            .Where(e => e.Timestamp >= start && e.Timestamp < end && e.EventTypesAre(EventTypes))
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);
        entries.AddRange(events.Select(Entry));

        // Decisions on the queue: the items with one in the period (the latest, or an earlier one).
        var items = await session.QueryAsync<ExceptionItem>(
            "where (((data -> 'decision' ->> 'at')::timestamptz >= ? "
                + "and (data -> 'decision' ->> 'at')::timestamptz < ?) "
                + "or exists (select 1 from jsonb_array_elements(data -> 'earlier') e "
                + "where (e ->> 'at')::timestamptz >= ? and (e ->> 'at')::timestamptz < ?))",
            ct,
            start,
            end,
            start,
            end
        );
        foreach (var item in items)
        foreach (var d in item.Earlier.Append(item.Decision).OfType<ExceptionDecision>())
            if (d.At >= start && d.At < end)
                entries.Add(
                    new AuditEntry(d.At, d.Operator, "queue " + d.Action, item.Id, null, d.Reason, d.ApprovedBy)
                );

        // Imports: each attempt at a file that started in the period.
        var files = await session.QueryAsync<StatementFile>(
            "where exists (select 1 from jsonb_array_elements(data -> 'history') a where (a ->> 'startedAt')"
                + "::timestamptz >= ? and (a ->> 'startedAt')::timestamptz < ?)",
            ct,
            start,
            end
        );
        foreach (var file in files)
        foreach (var a in file.History.Where(a => a.StartedAt >= start && a.StartedAt < end))
            entries.Add(
                new AuditEntry(
                    a.StartedAt,
                    a.By,
                    $"import attempt {a.Number}: {a.Outcome ?? "running"}",
                    $"statement file {file.Id} ({file.FileName})",
                    null,
                    a.Error ?? ""
                )
            );

        return entries.OrderBy(e => e.At).ToList();
    }

    /// <summary>An event's entry, at the time the store recorded it: the time the period is read by.</summary>
    private static AuditEntry Entry(IEvent e)
    {
        (string Who, string Action, string Subject, decimal? Amount, string Reason) entry = e.Data switch
        {
            DecisionRequested r => (r.RequestedBy, $"{r.Action} requested", r.ItemId, r.Amount, r.Reason),
            DecisionApproved a => (
                a.ApprovedBy,
                $"{a.Action} approved (asked by {a.RequestedBy})",
                a.ItemId,
                null,
                a.Reason
            ),
            DecisionRejected r => (
                r.RejectedBy,
                $"{r.Action} rejected (asked by {r.RequestedBy})",
                r.ItemId,
                null,
                r.Reason
            ),
            DepositRefundRequested r => (
                r.Operator,
                "refund instruction",
                $"deposit {r.DepositId}",
                r.Amount,
                r.Reason
            ),
            DepositTransferred t => (
                t.Operator,
                $"transfer to {t.ToNss}",
                $"deposit {t.DepositId} of {t.FromNss}",
                t.Amount,
                t.Reason
            ),
            DepositFoundDuplicate d => (
                d.Operator,
                $"duplicate of {d.OriginalId}",
                $"deposit {d.DepositId}",
                null,
                d.Reason
            ),
            DepositFoundDistinct d => (d.Operator, "not a duplicate", $"deposit {d.DepositId}", null, d.Reason),
            IncomeDeclared i => (
                i.Operator,
                $"income declared from {i.EffectiveFrom}",
                $"worker {i.Nss}",
                i.MonthlyIncome,
                i.Reason
            ),
            ContactDetailsChanged c => (
                c.Operator,
                "contact details changed: " + ChangedFields(c),
                $"worker {c.Nss}",
                null,
                c.Reason
            ),
            WorkerWithdrawn w => (w.Operator, $"withdrawal from {w.On:yyyy-MM-dd}", $"worker {w.Nss}", null, w.Reason),
            _ => throw new InvalidOperationException($"The audit trail has no entry for {e.EventType.Name}."),
        };
        return new AuditEntry(e.Timestamp, entry.Who, entry.Action, entry.Subject, entry.Amount, entry.Reason);
    }

    private static string ChangedFields(ContactDetailsChanged c) =>
        string.Join(
            ", ",
            new[]
            {
                c.Email is null ? null : "email",
                c.Language is null ? null : "language",
                c.Name is null ? null : "name",
                c.Beneficiaries is null ? null : "beneficiaries",
            }.OfType<string>()
        );
}
