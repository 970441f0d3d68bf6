namespace Reconciliation.Domain.Coverage;

public sealed record HeldCredit(string DepositId, decimal Amount, DateOnly ValueDate);
