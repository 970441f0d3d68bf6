namespace Reconciliation.Domain.Fees;

public sealed record MinimumWageEntry(DateOnly Effective, decimal General, decimal NorthernBorder) : IEffective
{
    public decimal For(Zone zone) => zone == Zone.General ? General : NorthernBorder;
}
