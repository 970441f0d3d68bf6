using Marten.Events.Aggregation;
using Reconciliation.Domain.Deposits;

namespace Reconciliation.Jobs.Deposits;

/// <summary>Keeps one <see cref="Deposit"/> document per deposit stream, in the transaction of its events.</summary>
public sealed class DepositProjection : SingleStreamProjection<Deposit, string>
{
    public static Deposit Create(DepositReceived e) => Deposit.Create(e);

    public static Deposit Apply(DepositConfirmed e, Deposit d) => d.Apply(e);

    public static Deposit Apply(DepositMatched e, Deposit d) => d.Apply(e);

    public static Deposit Apply(DepositSuspended e, Deposit d) => d.Apply(e);

    public static Deposit Apply(DepositRefundRequested e, Deposit d) => d.Apply(e);

    public static Deposit Apply(DepositReturned e, Deposit d) => d.Apply(e);

    public static Deposit Apply(DepositTransferred e, Deposit d) => d.Apply(e);

    public static Deposit Apply(DepositSighted e, Deposit d) => d.Apply(e);

    public static Deposit Apply(DepositPossiblyDuplicate e, Deposit d) => d.Apply(e);

    public static Deposit Apply(DepositFoundDuplicate e, Deposit d) => d.Apply(e);

    public static Deposit Apply(DepositFoundDistinct e, Deposit d) => d.Apply(e);
}
