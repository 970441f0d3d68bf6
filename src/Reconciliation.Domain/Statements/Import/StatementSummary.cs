using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Statements.Import;

/// <summary>One statement of an imported file: its header, its totals and the checks made on it.</summary>
public sealed class StatementSummary
{
    public int Ordinal { get; set; }
    public string? StatementId { get; set; }
    public string? Account { get; set; }
    public bool ImssAccount { get; set; }
    public string? Currency { get; set; }
    public string? SequenceNumber { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public Balance? Opening { get; set; }
    public Balance? Closing { get; set; }
    public int Lines { get; set; }
    public int Credits { get; set; }
    public int Debits { get; set; }
    public decimal CreditTotal { get; set; }
    public decimal DebitTotal { get; set; }
    public decimal BookedMovement { get; set; }
    public bool Closed { get; set; }
    public string BalanceCheck { get; set; } = "not-available";
    public decimal? ExpectedClosing { get; set; }
    public decimal? BalanceDifference { get; set; }
    public string Continuity { get; set; } = "not-available";
    public string? ContinuityDetail { get; set; }

    /// <summary><see cref="ContinuityDetail"/> as a phrase, for a reader in another language (none in statements
    /// recorded before phrases were kept).</summary>
    public Phrase? ContinuityWhy { get; set; }

    /// <summary>A copy as it stands (its balances are immutable records): what a checkpoint writes while reading goes
    /// on.</summary>
    public StatementSummary Copy() => (StatementSummary)MemberwiseClone();
}
