namespace Reconciliation.Jobs.Exceptions;

/// <summary>What an operator decided on an exception item, who, when and why.</summary>
public sealed record ExceptionDecision(
    string Action,
    string Operator,
    string Reason,
    DateTimeOffset At,
    string? Nss = null
);
