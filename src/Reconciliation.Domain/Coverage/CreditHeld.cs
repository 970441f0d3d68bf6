namespace Reconciliation.Domain.Coverage;

/// <summary>
/// A deposit that is not exactly 1, 6 or 12 monthly fees is held as unapplied credit, with what was
/// expected and the difference (positive: overpaid; negative: underpaid). <see cref="CreditTotal"/> is
/// the worker's whole unapplied credit after it.
/// </summary>
public sealed record CreditHeld(string Nss, string DepositId, decimal Amount, decimal Expected, decimal Difference, decimal CreditTotal, DateOnly ValueDate);
