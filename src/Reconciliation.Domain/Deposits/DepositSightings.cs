namespace Reconciliation.Domain.Deposits;

// One credit, one deposit: the events of a deposit's stream about other doors' lines that describe it.

/// <summary>
/// A line of another file (another door: the CSV export, a camt, an MT940) describes this deposit again. It is kept for
/// audit, and what it adds (a tracking key, the payer's name) is kept; it is never money.
/// </summary>
public sealed record DepositSighted(
    string DepositId,
    Guid StatementFileId,
    int Position,
    string Location,
    string Raw,
    string? TrackingKey = null,
    string? PayerName = null,
    string? RunTogether = null,
    string? PayerAccount = null
);

/// <summary>The deposit may describe one of these (the evidence does not settle it): it waits for an operator, as no
/// money.</summary>
public sealed record DepositPossiblyDuplicate(string DepositId, IReadOnlyList<string> Candidates, string Reason);

/// <summary>The deposit describes <see cref="OriginalId"/> again (decided by an operator, or by the repair): it is not
/// money.</summary>
public sealed record DepositFoundDuplicate(
    string DepositId,
    string OriginalId,
    string Operator,
    string Reason,
    DateTimeOffset At
);

/// <summary>An operator found a possible duplicate is a credit of its own: it is matched and paid as any
/// deposit.</summary>
public sealed record DepositFoundDistinct(string DepositId, string Operator, string Reason, DateTimeOffset At);
