namespace Reconciliation.Domain.Coverage;

/// <summary>
/// Held credit was applied: completed to an exact amount by a later deposit (split payments), or
/// accepted by an operator as it is. The months it paid are in the <see cref="CoverageGranted"/> that follows.
/// </summary>
public sealed record CreditApplied(string Nss, IReadOnlyList<string> DepositIds, decimal Amount, string PaymentId, string How, DateOnly On, string? Operator = null, string? Reason = null)
{
    public const string Completed = "completed";
    public const string AcceptedByOperator = "accepted-by-operator";
}
