using Reconciliation.Domain.Fees;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// What a worker should have paid for each month, from the first month they could pay: the income and zone in force for
/// the month (the enrollment's, then each declaration from its month), at the fee parameters in force on its due date
/// (a new minimum wage in January, a new UMA in February move every worker's fee too). Consecutive months of one fee
/// are one period.
/// </summary>
public static class FeeHistory
{
    public sealed record Period(
        CoverageMonth From,
        CoverageMonth To,
        decimal MonthlyIncome,
        Zone Zone,
        decimal MonthlyFee,
        DateOnly ParametersEffective,
        string ParametersVersion,
        decimal MinimumWage,
        decimal UmaDaily
    );

    public static IReadOnlyList<Period> Of(
        WorkerCoverage worker,
        CoverageMonth through,
        FeeCalculator fees,
        CoveragePolicy policy
    )
    {
        var periods = new List<Period>();
        for (var month = policy.FirstPayableOn(worker.EnrolledOn); month <= through; month = month.Next)
        {
            var due = policy.Due(month);
            if (due < fees.Schedule.FirstDate)
                continue; // no parameters published that far back
            var (income, zone) = worker.IncomeFor(month);
            var quote = fees.Quote(income, zone, due);
            if (
                periods.Count > 0
                && periods[^1] is var last
                && last.To == month.Previous
                && (last.MonthlyIncome, last.Zone, last.MonthlyFee, last.ParametersEffective)
                    == (income, zone, quote.Monthly, quote.ParametersEffective)
            )
                periods[^1] = last with { To = month };
            else
                periods.Add(
                    new Period(
                        month,
                        month,
                        income,
                        zone,
                        quote.Monthly,
                        quote.ParametersEffective,
                        quote.ParametersVersion,
                        quote.MinimumWage,
                        quote.UmaDaily
                    )
                );
        }
        return periods;
    }
}
