namespace Reconciliation.Api.Coverage;

public sealed record WorkerPage(int Page, int PageSize, long Total, IReadOnlyList<WorkerSummary> Workers);
