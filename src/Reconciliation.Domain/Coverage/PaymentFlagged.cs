using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Coverage;

/// <summary>Something about a payment an operator or the worker should know: late, a coverage gap, a wrong amount, a
/// messy reference.</summary>
public sealed record PaymentFlagged(
    Nss Nss,
    string FlagId,
    string DepositId,
    FlagKind Kind,
    string Detail,
    DateOnly On,
    IReadOnlyList<CoverageMonth>? LostMonths = null,
    decimal? Expected = null,
    decimal? Received = null
);
