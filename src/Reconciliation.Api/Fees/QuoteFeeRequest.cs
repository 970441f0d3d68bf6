namespace Reconciliation.Api.Fees;

/// <summary>Body of <c>POST /api/fees/quote</c>.</summary>
public sealed record QuoteFeeRequest(decimal? MonthlyIncome, string? Zone, string? Date);
