namespace Reconciliation.Domain.Fees;

/// <summary>The fee model of docs/DOMAIN.md, *The fee*: daily base from the declared income, five insurances on
/// it.</summary>
public sealed class FeeCalculator(FeeSchedule schedule)
{
    public FeeSchedule Schedule { get; } = schedule;

    public FeeQuote Quote(decimal monthlyIncome, Zone zone, DateOnly date)
    {
        if (monthlyIncome <= 0)
            throw new ArgumentOutOfRangeException(
                nameof(monthlyIncome),
                monthlyIncome,
                "monthly income must be positive"
            );

        var p = Schedule.On(date);
        var minimum = p.MinimumWage.For(zone);
        var maximum = p.MaximumBaseInUma * p.Uma.Daily;
        var dailyBase = Math.Clamp(Money.Round2(monthlyIncome / p.ContributionBaseDivisor), minimum, maximum);
        var ceavEmployer = p.CeavEmployerRate(dailyBase, zone);
        var r = p.Rates;

        // Daily amount of each branch, unrounded: only the monthly figures are rounded.
        (string Branch, string Name, decimal Daily)[] branches =
        [
            (
                FeeBranch.SicknessMaternityFixed,
                "Enfermedades y Maternidad, cuota fija",
                Pct(r.SicknessMaternityFixedOnUma) * p.Uma.Daily
            ),
            (
                FeeBranch.SicknessMaternitySurplus,
                "Enfermedades y Maternidad, excedente de 3 UMA",
                Pct(r.SicknessMaternitySurplus) * Math.Max(0, dailyBase - p.SurplusThresholdInUma * p.Uma.Daily)
            ),
            (
                FeeBranch.SicknessMaternityCash,
                "Enfermedades y Maternidad, prestaciones en dinero",
                Pct(r.SicknessMaternityCash) * dailyBase
            ),
            (
                FeeBranch.PensionersMedical,
                "Enfermedades y Maternidad, gastos médicos de pensionados",
                Pct(r.PensionersMedical) * dailyBase
            ),
            (FeeBranch.DisabilityLife, "Invalidez y Vida", Pct(r.DisabilityLife) * dailyBase),
            (FeeBranch.WorkRisk, "Riesgos de Trabajo", Pct(r.WorkRisk) * dailyBase),
            (FeeBranch.NurseriesSocial, "Guarderías y Prestaciones Sociales", Pct(r.Nurseries) * dailyBase),
            (FeeBranch.Retirement, "Retiro", Pct(r.Retirement) * dailyBase),
            (FeeBranch.OldAge, "Cesantía en Edad Avanzada y Vejez", Pct(ceavEmployer + r.CeavWorker) * dailyBase),
        ];

        var exactMonthly = branches.Select(b => b.Daily * p.DaysPerMonth).ToArray();
        var monthly = Money.Round2(exactMonthly.Sum());
        var amounts = Apportion(exactMonthly, Money.ToCentavos(monthly));

        return new FeeQuote(
            monthlyIncome,
            zone,
            date,
            dailyBase,
            monthly,
            monthly * 6,
            monthly * 12,
            branches.Select((b, i) => new FeeBranchAmount(b.Branch, b.Name, Money.FromCentavos(amounts[i]))).ToArray(),
            p.Effective,
            p.Version,
            minimum,
            p.Uma.Daily,
            ceavEmployer
        );
    }

    private static decimal Pct(decimal percent) => percent / 100m;

    /// <summary>
    /// Rounds each branch to centavos so that the branches add up exactly to the rounded total
    /// (largest remainder): the breakdown an operator reads always sums to the fee the worker pays.
    /// </summary>
    private static long[] Apportion(decimal[] exact, long totalCentavos)
    {
        var floors = exact.Select(e => (long)Math.Floor(e * 100m)).ToArray();
        var remaining = totalCentavos - floors.Sum();
        foreach (
            var i in Enumerable
                .Range(0, exact.Length)
                .OrderByDescending(i => exact[i] * 100m - floors[i])
                .ThenBy(i => i)
        )
        {
            if (remaining <= 0)
                break;
            floors[i]++;
            remaining--;
        }
        return floors;
    }
}
