using Reconciliation.Domain.Fees;

namespace Reconciliation.Domain.Tests.Fees;

public sealed class FeeRuleTests
{
    private static readonly FeeCalculator Fees = FeeSchedules.Calculator;
    private static readonly DateOnly March2026 = new(2026, 3, 10);

    [Theory]
    [InlineData(1)]
    [InlineData(5000)]
    [InlineData(9577.21)]
    public void An_income_below_the_minimum_wage_is_raised_to_it(decimal income)
    {
        var quote = Fees.Quote(income, Zone.General, March2026);
        Assert.Equal(315.04m, quote.DailyBase);
        Assert.Equal(1905.82m, quote.Monthly);
    }

    [Fact]
    public void The_daily_base_is_the_income_over_30_4_rounded_to_centavos()
    {
        Assert.Equal(315.21m, Fees.Quote(9582.47m, Zone.General, March2026).DailyBase);
        // 9,582.46 / 30.4 = 315.2125 → 315.21; 9,582.48 / 30.4 = 315.2132 → 315.21; 10,000 / 30.4 = 328.947 → 328.95
        Assert.Equal(328.95m, Fees.Quote(10_000m, Zone.General, March2026).DailyBase);
    }

    [Fact]
    public void An_income_above_25_UMA_is_capped()
    {
        var atCap = Fees.Quote(25 * 117.31m * 30.4m, Zone.General, March2026);
        var above = Fees.Quote(1_000_000m, Zone.General, March2026);
        Assert.Equal(2932.75m, atCap.DailyBase);
        Assert.Equal(atCap.Monthly, above.Monthly);
    }

    [Fact]
    public void January_uses_the_new_minimum_wage_with_the_old_UMA()
    {
        var january = Fees.Quote(1m, Zone.General, new DateOnly(2026, 1, 15));
        var february = Fees.Quote(1m, Zone.General, new DateOnly(2026, 2, 1));
        var december = Fees.Quote(1m, Zone.General, new DateOnly(2025, 12, 31));

        Assert.Equal(315.04m, january.MinimumWage);
        Assert.Equal(113.14m, january.UmaDaily);
        Assert.Equal(new DateOnly(2026, 1, 1), january.ParametersEffective);

        Assert.Equal(117.31m, february.UmaDaily);
        Assert.Equal(new DateOnly(2026, 2, 1), february.ParametersEffective);
        Assert.Equal(1905.82m, february.Monthly);

        Assert.Equal(278.80m, december.MinimumWage);
        Assert.Equal(113.14m, december.UmaDaily);

        // Only the fixed EyM fee (on UMA) differs between January and February at the minimum wage: 20.40% × (117.31 −
        // 113.14) × 30.
        Assert.Equal(Money.Round2(0.204m * (117.31m - 113.14m) * 30), february.Monthly - january.Monthly);
    }

    [Fact]
    public void The_cap_of_25_UMA_follows_the_UMA_in_force()
    {
        Assert.Equal(25 * 113.14m, Fees.Quote(1_000_000m, Zone.General, new DateOnly(2026, 1, 31)).DailyBase);
        Assert.Equal(25 * 117.31m, Fees.Quote(1_000_000m, Zone.General, new DateOnly(2026, 2, 1)).DailyBase);
    }

    [Fact]
    public void The_northern_border_zone_has_its_own_minimum()
    {
        var general = Fees.Quote(1m, Zone.General, March2026);
        var border = Fees.Quote(1m, Zone.NorthernBorder, March2026);
        Assert.Equal(315.04m, general.DailyBase);
        Assert.Equal(440.87m, border.DailyBase);
        // Above both minimums the zone no longer matters.
        Assert.Equal(
            Fees.Quote(20_000m, Zone.General, March2026).Monthly,
            Fees.Quote(20_000m, Zone.NorthernBorder, March2026).Monthly
        );
    }

    [Theory]
    [InlineData(315.05, 6.026)] // 2.69 UMA
    [InlineData(351.93, 6.026)] // 3.00 UMA exactly: top of its band
    [InlineData(351.94, 6.361)] // just above 3.00
    [InlineData(469.24, 6.613)] // 4.00 UMA
    [InlineData(469.25, 7.513)] // above 4.00
    public void The_CEAV_employer_rate_follows_the_band_of_the_daily_base(decimal dailyBase, decimal rate) =>
        Assert.Equal(rate, Fees.Quote(dailyBase * 30.4m, Zone.General, March2026).CeavEmployerRate);

    [Fact]
    public void Before_2023_the_CEAV_employer_rate_is_3_150_for_every_band()
    {
        Assert.Equal(3.150m, Fees.Quote(300_000m, Zone.General, new DateOnly(2022, 12, 31)).CeavEmployerRate);
        Assert.Equal(4.241m, Fees.Quote(300_000m, Zone.General, new DateOnly(2023, 1, 1)).CeavEmployerRate);
    }

    [Fact]
    public void The_EyM_surplus_is_charged_only_above_3_UMA()
    {
        static decimal Surplus(FeeQuote q) =>
            q.Breakdown.Single(b => b.Branch == FeeBranch.SicknessMaternitySurplus).Amount;
        Assert.Equal(0m, Surplus(Fees.Quote(351.93m * 30.4m, Zone.General, March2026)));
        Assert.Equal(
            Money.Round2(0.015m * (400m - 351.93m) * 30),
            Surplus(Fees.Quote(400m * 30.4m, Zone.General, March2026))
        );
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9582.47)]
    [InlineData(13402.17)]
    [InlineData(31000)]
    [InlineData(1000000)]
    public void The_breakdown_adds_up_to_the_monthly_fee(decimal income)
    {
        foreach (var zone in new[] { Zone.General, Zone.NorthernBorder })
        foreach (var date in new[] { new DateOnly(2022, 3, 1), new DateOnly(2025, 1, 20), March2026 })
        {
            var quote = Fees.Quote(income, zone, date);
            Assert.Equal(quote.Monthly, quote.Breakdown.Sum(b => b.Amount));
            Assert.Equal(9, quote.Breakdown.Count);
        }
    }

    [Fact]
    public void The_monthly_fee_rounds_half_away_from_zero()
    {
        Assert.Equal(0.13m, Money.Round2(0.125m));
        Assert.Equal(-0.13m, Money.Round2(-0.125m));
        Assert.Equal(12_345L, Money.ToCentavos(123.445m));
    }

    [Fact]
    public void A_date_before_the_data_is_refused()
    {
        var e = Assert.Throws<FeeParameterException>(() =>
            Fees.Quote(10_000m, Zone.General, new DateOnly(2021, 12, 31))
        );
        Assert.Contains("2021-12-31", e.Message);
    }

    [Fact]
    public void Figures_after_the_last_published_year_stay_in_force_and_say_since_when()
    {
        var quote = Fees.Quote(1m, Zone.General, new DateOnly(2027, 6, 1));
        Assert.Equal(315.04m, quote.MinimumWage);
        Assert.Equal(new DateOnly(2027, 1, 1), quote.ParametersEffective); // the 2027 CEAV rates
    }
}
