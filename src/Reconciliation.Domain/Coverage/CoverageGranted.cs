using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// A payment covers these months. Granted again with the same <see cref="PaymentId"/> when a
/// reversal of another payment moves its months (the later grant replaces the earlier one).
/// <see cref="DecidedOn"/> is the business date of the decision: the value date, or the reversal's date.
/// <see cref="Parts"/> names the deposits it is made of and the amount of each; <see cref="Pinned"/>: an
/// operator named the month, so a recomputation never moves it.
/// </summary>
public sealed record CoverageGranted(
    Nss Nss,
    string PaymentId,
    IReadOnlyList<string> DepositIds,
    DateOnly ValueDate,
    decimal Amount,
    int MonthCount,
    decimal MonthlyFee,
    DateOnly FeeDate,
    IReadOnlyList<CoverageMonth> Months,
    DateOnly DecidedOn,
    IReadOnlyList<LotPart>? Parts = null,
    bool Pinned = false
);
