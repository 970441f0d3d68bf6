using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Coverage;

/// <summary>A payment no longer covers anything (its deposit was reversed or returned). <see cref="ReasonPhrase"/> is
/// the reason in each language (absent from revocations recorded before it was kept).</summary>
public sealed record CoverageRevoked(
    Nss Nss,
    string PaymentId,
    IReadOnlyList<CoverageMonth> Months,
    string Reason,
    DateOnly On,
    Phrase? ReasonPhrase = null
);
