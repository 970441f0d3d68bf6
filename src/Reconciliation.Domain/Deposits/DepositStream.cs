namespace Reconciliation.Domain.Deposits;

/// <summary>
/// A deposit's stream (keyed by the credit's natural key), declared once: every event it holds and how each changes
/// the <see cref="Deposit"/>. The event store's registration and the deposit projection read it.
/// </summary>
public static class DepositStream
{
    private static readonly StreamDeclaration<Deposit> Declaration = new(
        "deposit",
        StreamDeclaration<Deposit>.Of<DepositReceived>((_, e) => Deposit.From(e)),
        Event<DepositConfirmed>((d, e) => d.With(e)),
        Event<DepositMatched>((d, e) => d.With(e)),
        Event<DepositSuspended>((d, e) => d.With(e)),
        Event<DepositRefundRequested>((d, e) => d.With(e)),
        Event<DepositReturned>((d, e) => d.With(e)),
        Event<DepositTransferred>((d, e) => d.With(e)),
        Event<DepositSighted>((d, e) => d.With(e)),
        Event<DepositPossiblyDuplicate>((d, e) => d.With(e)),
        Event<DepositFoundDuplicate>((d, e) => d.With(e)),
        Event<DepositFoundDistinct>((d, e) => d.With(e)),
        // Approvals change nothing of the deposit: its money moves with the events that follow an approval.
        Event<DecisionRequested>((d, _) => d),
        Event<DecisionApproved>((d, _) => d),
        Event<DecisionRejected>((d, _) => d)
    );

    /// <summary>Every event type of the stream, for the event store's registration and the projection's
    /// filter.</summary>
    public static IReadOnlyList<Type> EventTypes => Declaration.EventTypes;

    public static Deposit Evolve(Deposit? state, object e) => Declaration.Apply(state, e);

    private static StreamDeclaration<Deposit>.Event Event<T>(Func<Deposit, T, Deposit> apply) =>
        StreamDeclaration<Deposit>.Of<T>((d, e) => apply(d!, e));
}
