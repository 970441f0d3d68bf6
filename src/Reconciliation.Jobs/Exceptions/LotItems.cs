using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Words;

namespace Reconciliation.Jobs.Exceptions;

/// <summary>
/// Keeps the operators' queue in step with a worker's lots of held credit: a lot held raises its item (or opens it
/// again, when a reversal gives a lot back), a lot the system closes (completed by a later deposit, taken back by the
/// bank) resolves it. Operators' own decisions resolve their item where they are taken.
/// </summary>
public static class LotItems
{
    /// <summary>The ids of the items these events of a worker's stream touch, to read them in one round trip.</summary>
    public static IEnumerable<string> Touched(string nss, IEnumerable<object> events) =>
        events
            .SelectMany(e =>
                e switch
                {
                    CreditHeld h => [h.DepositId],
                    CreditApplied a => a.Lots.Select(l => l.DepositId),
                    DepositReversed r => [r.DepositId],
                    _ => Enumerable.Empty<string>(),
                }
            )
            .Distinct()
            .Select(d => ExceptionItem.LotId(nss, d));

    /// <summary>
    /// The items changed by events appended to a worker's stream (<paramref name="after"/>: the state they leave).
    /// <paramref name="known"/> holds the items already stored (read with <see cref="Touched"/>) and those raised
    /// earlier in the same batch; the items returned are to be stored.
    /// </summary>
    public static IReadOnlyList<ExceptionItem> Follow(
        string nss,
        IEnumerable<object> events,
        WorkerCoverage after,
        IDictionary<string, ExceptionItem> known,
        Func<string, string?> conceptOf,
        DateTimeOffset now
    )
    {
        var changed = new Dictionary<string, ExceptionItem>();
        foreach (var e in events)
        {
            switch (e)
            {
                case CreditHeld held:
                {
                    var id = ExceptionItem.LotId(nss, held.DepositId);
                    var why = held.WhyPhrase ?? (held.Why is null ? held.Mismatch.Describe() : null);
                    var reason = held.Why ?? why!.ToString();
                    var item = known.TryGetValue(id, out var existing)
                        ? existing
                        : new ExceptionItem
                        {
                            Id = id,
                            Kind = ExceptionKind.Amount,
                            DepositId = held.DepositId,
                            Nss = nss,
                            ValueDate = held.ValueDate,
                            Concept = conceptOf(held.DepositId),
                            RaisedAt = now,
                        };
                    if (item.Status == ExceptionStatus.Resolved)
                        item.Reopen(reason, now);
                    item.Reason = reason;
                    item.Why = why;
                    item.Amount = after.Lot(held.DepositId)?.Amount ?? held.Amount;
                    item.Expected = held.Expected;
                    item.Difference = held.Difference;
                    changed[id] = known[id] = item;
                    break;
                }
                case CreditApplied { How: LotApplication.Completed } applied:
                    foreach (var lot in applied.Lots.Where(l => after.Lot(l.DepositId) is null))
                        Settle(
                            nss,
                            lot.DepositId,
                            new ExceptionDecision(
                                "completed",
                                "system",
                                $"completed to an exact amount by deposit {applied.PaymentId}",
                                now
                            ),
                            known,
                            changed
                        );
                    break;
                case DepositReversed reversed:
                    Settle(
                        nss,
                        reversed.DepositId,
                        new ExceptionDecision(
                            "returned",
                            "bank",
                            $"the bank took the deposit back on {reversed.ReversedOn:yyyy-MM-dd}",
                            now
                        ),
                        known,
                        changed
                    );
                    break;
            }
        }
        return changed.Values.ToList();
    }

    private static void Settle(
        string nss,
        string depositId,
        ExceptionDecision decision,
        IDictionary<string, ExceptionItem> known,
        Dictionary<string, ExceptionItem> changed
    )
    {
        if (known.TryGetValue(ExceptionItem.LotId(nss, depositId), out var item) && item.Status == ExceptionStatus.Open)
        {
            item.Resolve(decision);
            changed[item.Id] = item;
        }
    }
}
