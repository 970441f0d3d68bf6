using System.Text.Json.Serialization;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Coverage;

/// <summary>What the decisions and the API read of a worker's coverage: the income in force for a month, the lots, the
/// months.</summary>
public sealed partial record WorkerCoverage
{
    /// <summary>
    /// The declaration in force for a month: of those from that month or before, the last recorded (a declaration "from
    /// M onward" replaces, for M on, what was declared before it); none: the enrollment's income and zone.
    /// </summary>
    public IncomeDeclaration? DeclarationFor(CoverageMonth month) => IncomeChanges.LastOrDefault(c => c.From <= month);

    public (decimal MonthlyIncome, Zone Zone) IncomeFor(CoverageMonth month) =>
        DeclarationFor(month) is { } change ? (change.MonthlyIncome, change.Zone) : (MonthlyIncome, Zone);

    /// <summary>The declaration in force for <paramref name="month"/>, and the income and zone in force for it before
    /// it was recorded.</summary>
    public (IncomeDeclaration Change, decimal MonthlyIncome, Zone Zone)? ChangeFor(CoverageMonth month)
    {
        var index = IncomeChanges.FindLastIndex(c => c.From <= month);
        if (index < 0)
            return null;
        var (income, zone) = (this with { IncomeChanges = IncomeChanges.Take(index).ToList() }).IncomeFor(month);
        return (IncomeChanges[index], income, zone);
    }

    public HeldCredit? Lot(string depositId) => Credits.FirstOrDefault(c => c.DepositId == depositId);

    /// <summary>The money of a deposit this worker has: what is still held of it and its parts in payments.</summary>
    public decimal ShareOf(string depositId) =>
        (Lot(depositId)?.Amount ?? 0m)
        + Payments.SelectMany(p => p.Parts ?? []).Where(p => p.DepositId == depositId).Sum(p => p.Amount);

    public IEnumerable<CoveredMonth> Months() =>
        Payments
            .SelectMany(p => p.Months.Select(m => (Month: m, p.DepositIds)))
            .GroupBy(x => x.Month)
            .OrderBy(g => g.Key)
            .Select(g => new CoveredMonth(g.Key, g.SelectMany(x => x.DepositIds).Distinct().ToList()));

    public bool Covers(CoverageMonth month) => Payments.Any(p => p.Months.Contains(month));

    /// <summary>The month after the last paid one: what the next deposit pays first (null before any
    /// payment).</summary>
    public CoverageMonth? FirstUnpaid => PaidThrough is null ? null : CoverageMonth.Parse(PaidThrough).Next;

    /// <summary>The months an operator named, which a recomputation leaves where they are.</summary>
    [JsonIgnore]
    public IReadOnlySet<CoverageMonth> PinnedMonths =>
        Payments.Where(p => p.Pinned).SelectMany(p => p.Months).ToHashSet();
}
