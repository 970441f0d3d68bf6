namespace Reconciliation.Domain.Coverage;

/// <summary>Why a payment was flagged (docs/DOMAIN.md).</summary>
public static class FlagKind
{
    public const string Late = "late";
    public const string LateCoverageGap = "late-coverage-gap";
    public const string Underpaid = "underpaid";
    public const string Overpaid = "overpaid";
    public const string ReferenceNotClean = "reference-not-clean";
    public const string Reversed = "reversed";

    /// <summary>Money that arrived on or after the worker's withdrawal: held, to be refunded.</summary>
    public const string AfterWithdrawal = "after-withdrawal";

    /// <summary>The kinds that say a lot is held: they close with the lot.</summary>
    public static bool IsHeldCredit(string kind) => kind is Underpaid or Overpaid or AfterWithdrawal;
}
