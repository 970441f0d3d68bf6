namespace Reconciliation.Domain.Fees;

public sealed record UmaEntry(DateOnly Effective, decimal Daily, decimal Monthly) : IEffective;
