namespace Reconciliation.Domain.Coverage;

/// <summary>An applied payment: the deposits it is made of, when it counts, how many months it buys and which.</summary>
public sealed record Payment(
    string PaymentId,
    IReadOnlyList<string> DepositIds,
    DateOnly ValueDate,
    decimal Amount,
    int MonthCount,
    decimal MonthlyFee,
    IReadOnlyList<CoverageMonth> Months);
