using Reconciliation.Domain.Coverage;

namespace Reconciliation.Api.Coverage;

public sealed record WorkerSummary(
    string Nss,
    string Name,
    CoverageStatus Status,
    string? PaidThrough,
    decimal UnappliedCredit
);
