using Marten;
using Reconciliation.Domain.Deposits;
using Reconciliation.Jobs.EventStore;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// What the import asks of matching (docs/DOMAIN.md, "Matching"), batch by batch: the batch's new deposits, whose
/// streams the batch starts, go each to its worker or to suspense in the same transaction, so every
/// credit is written once. Implemented by the API's matching.
/// </summary>
public interface IDepositMatching
{
    /// <param name="deposits">Deposits as their streams stand in <paramref name="batch"/> (with their
    /// versions).</param>
    Task MatchAsync(
        IDocumentSession session,
        EventStoreBatch batch,
        IReadOnlyList<Deposit> deposits,
        CancellationToken ct
    );

    /// <summary>
    /// These new deposits may describe deposits another door recorded (the evidence does not settle it): they are held,
    /// as no money, for an operator to say whether each is a credit of its own.
    /// </summary>
    Task HoldPossibleDuplicatesAsync(
        IDocumentSession session,
        EventStoreBatch batch,
        IReadOnlyList<(Deposit Deposit, IReadOnlyList<string> Candidates)> held,
        CancellationToken ct
    );

    /// <summary>
    /// A statement confirmed these provisional deposits (announced by a notification): the workers they were matched to
    /// now count them as money, and the coverage decisions are taken.
    /// </summary>
    Task ConfirmAsync(
        IDocumentSession session,
        EventStoreBatch batch,
        IReadOnlyList<Deposit> confirmed,
        Guid statementFileId,
        CancellationToken ct
    );
}
