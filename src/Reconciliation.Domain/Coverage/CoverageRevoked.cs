using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Coverage;

/// <summary>A payment no longer covers anything (its deposit was reversed or returned).</summary>
public sealed record CoverageRevoked(
    Nss Nss,
    string PaymentId,
    IReadOnlyList<CoverageMonth> Months,
    string Reason,
    DateOnly On
);
