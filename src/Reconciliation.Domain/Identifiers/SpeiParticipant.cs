namespace Reconciliation.Domain.Identifiers;

/// <summary>A bank taking part in SPEI, by its Banxico participant code.</summary>
public sealed record SpeiParticipant(string Code, string Name);
