using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Deposits;

/// <summary>The deposit belongs to this worker: by the NSS in its reference, or by an operator's decision.</summary>
public sealed record DepositMatched(
    string DepositId,
    Nss Nss,
    MatchMethod Method,
    bool ReferenceClean,
    string? Operator = null,
    string? Reason = null,
    DateTimeOffset? At = null
);
