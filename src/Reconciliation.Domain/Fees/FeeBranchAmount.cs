namespace Reconciliation.Domain.Fees;

/// <summary>One branch of the monthly fee: its code, its name as IMSS writes it, its monthly amount.</summary>
public sealed record FeeBranchAmount(string Branch, string Name, decimal Amount);
