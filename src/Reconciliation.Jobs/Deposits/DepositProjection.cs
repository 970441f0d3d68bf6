using JasperFx.Events;
using Marten.Events.Aggregation;
using Reconciliation.Domain.Deposits;

namespace Reconciliation.Jobs.Deposits;

/// <summary>Keeps one <see cref="Deposit"/> document per deposit stream, in the same transaction as the events; the
/// events and how each applies are the domain's (<see cref="DepositStream"/>).</summary>
public sealed class DepositProjection : SingleStreamProjection<Deposit, string>
{
    public DepositProjection()
    {
        foreach (var type in DepositStream.EventTypes)
            IncludeType(type);
    }

    public override Deposit Evolve(Deposit? snapshot, string id, IEvent e) => DepositStream.Evolve(snapshot, e.Data);
}
