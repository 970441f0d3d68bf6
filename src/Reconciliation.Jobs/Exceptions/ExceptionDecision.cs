using Reconciliation.Domain.Deposits;

namespace Reconciliation.Jobs.Exceptions;

/// <summary>What an operator decided on an exception item, who, when and why; for money going out, who approved
/// it.</summary>
public sealed record ExceptionDecision(
    string Action,
    string Operator,
    string Reason,
    DateTimeOffset At,
    string? Nss = null,
    string? ApprovedBy = null
);

/// <summary>A refund or split requested and not yet approved or rejected: the item takes no other decision
/// meanwhile.</summary>
public sealed record PendingApproval(
    string Action,
    decimal Amount,
    string RequestedBy,
    string Reason,
    DateTimeOffset At,
    DecisionTerms Terms
);
