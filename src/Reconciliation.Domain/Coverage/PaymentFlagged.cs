using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Coverage;

/// <summary>Something about a payment an operator or the worker should know: late, a coverage gap, a wrong amount, a
/// messy reference. <see cref="DetailPhrase"/> is the detail in each language (absent from flags raised before it was
/// kept).</summary>
public sealed record PaymentFlagged(
    Nss Nss,
    string FlagId,
    string DepositId,
    FlagKind Kind,
    string Detail,
    DateOnly On,
    IReadOnlyList<CoverageMonth>? LostMonths = null,
    decimal? Expected = null,
    decimal? Received = null,
    Phrase? DetailPhrase = null
);
