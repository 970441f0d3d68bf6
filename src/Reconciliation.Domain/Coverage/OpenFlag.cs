namespace Reconciliation.Domain.Coverage;

public sealed record OpenFlag(string FlagId, string DepositId, string Kind, string Detail, DateOnly On);
