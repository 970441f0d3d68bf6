namespace Reconciliation.Domain.Workers;

public sealed record BeneficiaryForm(string? Relationship, string? Name);
