using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Deposits;

/// <summary>An operator moved part of the deposit from the worker it was matched to, to another worker.</summary>
public sealed record DepositTransferred(
    string DepositId,
    Nss FromNss,
    Nss ToNss,
    decimal Amount,
    string Operator,
    string Reason,
    DateTimeOffset At
);
