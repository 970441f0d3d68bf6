namespace Reconciliation.Domain.Workers;

public sealed record Beneficiary(Relationship Relationship, string Name);
