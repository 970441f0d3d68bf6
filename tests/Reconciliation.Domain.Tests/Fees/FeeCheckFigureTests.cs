using Reconciliation.Domain.Fees;

namespace Reconciliation.Domain.Tests.Fees;

/// <summary>The check figures of docs/DOMAIN.md, *The fee*.</summary>
public sealed class FeeCheckFigureTests
{
    private static readonly FeeCalculator Fees = FeeSchedules.Calculator;

    [Fact]
    public void Worker_on_the_2022_general_minimum_wage_pays_1240_68_within_a_peso_of_the_published_1240()
    {
        var quote = Fees.Quote(monthlyIncome: 172.87m * 30.4m, Zone.General, new DateOnly(2022, 6, 1));
        Assert.Equal(172.87m, quote.DailyBase);
        Assert.Equal(1240.68m, quote.Monthly);
        Assert.InRange(quote.Monthly - 1240.00m, 0m, 1m);
    }

    [Fact]
    public void Worker_on_the_2026_general_minimum_wage_pays_1905_82()
    {
        var quote = Fees.Quote(315.04m * 30.4m, Zone.General, new DateOnly(2026, 3, 10));
        Assert.Equal(315.04m, quote.DailyBase);
        Assert.Equal(1905.82m, quote.Monthly);
        Assert.Equal(6 * 1905.82m, quote.Semiannual);
        Assert.Equal(12 * 1905.82m, quote.Annual);
    }

    [Fact]
    public void Worker_on_the_2026_northern_border_minimum_wage_pays_2420_29()
    {
        var quote = Fees.Quote(440.87m * 30.4m, Zone.NorthernBorder, new DateOnly(2026, 3, 10));
        Assert.Equal(440.87m, quote.DailyBase);
        Assert.Equal(2420.29m, quote.Monthly);
        // The "≤ 1 minimum wage" CEAV band uses the zone's own minimum wage.
        Assert.Equal(3.150m, quote.CeavEmployerRate);
    }

    [Fact]
    public void Worker_at_the_2026_cap_of_25_UMA_pays_16776_11()
    {
        var quote = Fees.Quote(200_000m, Zone.General, new DateOnly(2026, 3, 10));
        Assert.Equal(25 * 117.31m, quote.DailyBase);
        Assert.Equal(16776.11m, quote.Monthly);
        Assert.Equal(7.513m, quote.CeavEmployerRate);
    }
}
