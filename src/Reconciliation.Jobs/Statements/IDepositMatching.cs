using Marten;
using Reconciliation.Domain.Deposits;
using Reconciliation.Jobs.EventStore;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// What the import asks of matching (DOMAIN.md §7), batch by batch: the batch's new deposits, whose
/// streams the batch starts, go each to its worker or to suspense in the same transaction, so every
/// credit is written once. Implemented by the API's matching.
/// </summary>
public interface IDepositMatching
{
    /// <param name="deposits">Deposits as their streams stand in <paramref name="batch"/> (with their versions).</param>
    Task MatchAsync(IDocumentSession session, EventStoreBatch batch, IReadOnlyList<Deposit> deposits, CancellationToken ct);
}
