namespace Reconciliation.Domain.Coverage;

/// <summary>
/// The policy numbers of docs/DOMAIN.md, *Coverage*: each a setting: month C is due by <see cref="DueDay"/> of
/// C−1 (published deadline) and recommended by <see cref="RecommendedDay"/> of C−1; a deposit pays
/// k months when it is exactly k × the monthly fee, k in <see cref="AcceptedMonths"/>.
/// </summary>
public sealed record CoveragePolicy
{
    public int DueDay { get; init; } = 20;
    public int RecommendedDay { get; init; } = 15;
    public IReadOnlyList<int> AcceptedMonths { get; init; } = [1, 6, 12];

    /// <summary>Days a credit announced by a notification (camt.054) may wait for a statement before an operator is
    /// asked about it.</summary>
    public int ConfirmationDays { get; init; } = 5;

    public static CoveragePolicy Default { get; } = new();

    public DateOnly Due(CoverageMonth month) => month.Previous.Day(DueDay);

    public DateOnly Recommended(CoverageMonth month) => month.Previous.Day(RecommendedDay);

    /// <summary>The first month whose deadline is on or after the date: what a deposit made that day can still
    /// buy.</summary>
    public CoverageMonth FirstPayableOn(DateOnly date)
    {
        var month = CoverageMonth.Of(date);
        while (Due(month) < date)
            month = month.Next;
        return month;
    }
}
