namespace Reconciliation.Domain.Fees;

public interface IEffective
{
    DateOnly Effective { get; }
}
