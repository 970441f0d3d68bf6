namespace Reconciliation.Domain.Coverage;

/// <summary>Why a payment was flagged (DOMAIN.md §6, §7).</summary>
public static class FlagKind
{
    public const string Late = "late";
    public const string LateCoverageGap = "late-coverage-gap";
    public const string Underpaid = "underpaid";
    public const string Overpaid = "overpaid";
    public const string ReferenceNotClean = "reference-not-clean";
    public const string Reversed = "reversed";
}
