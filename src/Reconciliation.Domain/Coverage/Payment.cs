namespace Reconciliation.Domain.Coverage;

/// <summary>
/// An applied payment: the deposits it is made of (and how much of each), when it counts, how many months it
/// buys and which. <see cref="Pinned"/>: the months were named by an operator and stay where they are.
/// <see cref="DecidedOn"/>: the business date it was granted on.
/// </summary>
public sealed record Payment(
    string PaymentId,
    IReadOnlyList<string> DepositIds,
    DateOnly ValueDate,
    decimal Amount,
    int MonthCount,
    decimal MonthlyFee,
    IReadOnlyList<CoverageMonth> Months,
    IReadOnlyList<LotPart> Parts,
    bool Pinned = false,
    DateOnly DecidedOn = default
);
