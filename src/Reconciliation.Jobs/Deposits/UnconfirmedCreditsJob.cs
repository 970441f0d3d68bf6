using Marten;
using Microsoft.Extensions.Logging;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Time;
using Reconciliation.Domain.Words;
using Reconciliation.Jobs.Exceptions;

namespace Reconciliation.Jobs.Deposits;

/// <summary>
/// A daily Hangfire job: a credit announced by a notification (camt.054) that no statement has confirmed within
/// <see cref="CoveragePolicy.ConfirmationDays"/> of its value date becomes an operator item (the bank may never have
/// booked it). It grants nothing meanwhile; a statement that confirms it later settles it as usual and resolves the
/// item.
/// </summary>
public sealed class UnconfirmedCreditsJob(
    IDocumentStore store,
    CoveragePolicy policy,
    TimeProvider clock,
    ILogger<UnconfirmedCreditsJob> logger
)
{
    public const string Id = "unconfirmed-credits";
    public const string DefaultCron = "30 7 * * *";

    /// <summary>The predicate of the partial index on deposits (StoreSetup): the query says it the same way, so the
    /// index serves it.</summary>
    public const string ProvisionalPredicate = "(data ->> 'provisional') = 'true'";

    [Hangfire.AutomaticRetry(Attempts = 3)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = MexicoCity.Today(clock);
        var cutoff = today.AddDays(-policy.ConfirmationDays);
        await using var session = store.LightweightSession();
        var waiting = await session.QueryAsync<Deposit>($"where {ProvisionalPredicate}", ct);
        var stale = waiting.Where(d => d.ValueDate < cutoff && d.Status != DepositStatus.Returned).ToList();
        var ids = stale.Select(d => ItemId(d.Id)).ToArray();
        var known =
            ids.Length == 0 ? [] : (await session.LoadManyAsync<ExceptionItem>(ct, ids)).Select(i => i.Id).ToHashSet();
        var raised = 0;
        foreach (var deposit in stale.Where(d => !known.Contains(ItemId(d.Id))))
        {
            session.Store(
                ExceptionItem.About(
                    deposit,
                    ItemId(deposit.Id),
                    ExceptionKind.Unconfirmed,
                    new Phrase("unconfirmed", $"{deposit.ValueDate:yyyy-MM-dd}", policy.ConfirmationDays),
                    clock.GetUtcNow()
                )
            );
            raised++;
        }
        await session.SaveChangesAsync(ct);
        logger.LogInformation(
            "Unconfirmed credits on {Today}: {Waiting} waiting for a statement, {Raised} new item(s)",
            today,
            waiting.Count,
            raised
        );
        return raised;
    }

    public static string ItemId(string depositId) => $"{ExceptionKind.Unconfirmed.Name()}:{depositId}";
}
