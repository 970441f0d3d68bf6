using Marten.Events.Aggregation;
using Reconciliation.Domain.Deposits;

namespace Reconciliation.Api.Deposits;

/// <summary>Keeps one <see cref="Deposit"/> document per deposit stream, in the transaction of its events.</summary>
public sealed class DepositProjection : SingleStreamProjection<Deposit, string>
{
    public static Deposit Create(DepositReceived e) => Deposit.Create(e);

    public static Deposit Apply(DepositConfirmed e, Deposit deposit) => deposit.Apply(e);
}
