using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Coverage;

/// <summary>The bank took a deposit back (a reversal or return on a statement): whatever it paid is undone.</summary>
public sealed record DepositReversed(
    Nss Nss,
    string DepositId,
    decimal Amount,
    DateOnly ReversedOn,
    string StatementEntryId
);
