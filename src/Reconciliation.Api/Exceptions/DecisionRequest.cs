namespace Reconciliation.Api.Exceptions;

/// <summary>
/// Body of an operator's decision: why (always), and what each decision needs: the worker (assign, split to a worker),
/// the month (apply or split as a partial payment of it, <c>YYYY-MM</c>), the amount and what becomes of the rest
/// (split: <c>keep</c> or <c>refund</c>).
/// </summary>
public sealed record DecisionRequest(
    string? Reason,
    string? Nss = null,
    string? Month = null,
    decimal? Amount = null,
    string? Rest = null
);
