namespace Reconciliation.Api.Reports;

public sealed record DailyReportCount(int Count, decimal Total);
