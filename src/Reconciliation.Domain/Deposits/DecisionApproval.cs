namespace Reconciliation.Domain.Deposits;

/// <summary>
/// Four eyes on money going out: a refund or a split of this deposit's money was asked for by one operator and waits
/// for another's approval. Nothing moves yet: the worker's stream and the refund instruction are written on approval,
/// from these terms.
/// </summary>
public sealed record DecisionRequested(
    string DepositId,
    string ItemId,
    string Action,
    decimal Amount,
    string RequestedBy,
    string Reason,
    DateTimeOffset At,
    DecisionTerms Terms
);

/// <summary>What a requested decision carries out when approved: the part split (<see cref="Amount"/>), to a month or
/// another worker, and what becomes of the rest.</summary>
public sealed record DecisionTerms(
    decimal? Amount = null,
    string? Month = null,
    string? Nss = null,
    string? Rest = null
);

/// <summary>A second operator approved the request; the decision's own events follow in the same commit.</summary>
public sealed record DecisionApproved(
    string DepositId,
    string ItemId,
    string Action,
    string RequestedBy,
    string ApprovedBy,
    string Reason,
    DateTimeOffset At
);

/// <summary>A second operator turned the request down: nothing moved, and the item is open for a decision
/// again.</summary>
public sealed record DecisionRejected(
    string DepositId,
    string ItemId,
    string Action,
    string RequestedBy,
    string RejectedBy,
    string Reason,
    DateTimeOffset At
);
