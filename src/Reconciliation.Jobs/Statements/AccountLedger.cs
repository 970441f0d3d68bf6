namespace Reconciliation.Jobs.Statements;

/// <summary>The last statement seen of an account, for the continuity check of the next one.</summary>
public sealed class AccountLedger
{
    public string Id { get; set; } = "";
    public string? LastSequence { get; set; }
    public decimal? LastClosing { get; set; }
    public DateOnly? LastPeriodEnd { get; set; }
    public Guid LastStatementFileId { get; set; }
}
