using Reconciliation.Domain.Coverage;

namespace Reconciliation.Domain.Tests.Coverage;

/// <summary>Status on a date: covered, due, late, lapsed, pending; and as of any past date from the events.</summary>
public sealed class StatusTests
{
    private const decimal Fee = CoverageScenario.Fee2026;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Statuses_around_the_recommended_day_and_month_ends()
    {
        var w = new CoverageScenario();
        Assert.Equal(CoverageStatus.Pending, w.StatusOn(2026, 3, 1));
        w.Pay(Fee, D(2026, 3, 10)); // April
        w.Pay(Fee, D(2026, 4, 10)); // May
        Assert.Equal(CoverageStatus.Pending, w.StatusOn(2026, 3, 31)); // coverage not started
        Assert.Equal(CoverageStatus.Covered, w.StatusOn(2026, 4, 30)); // April paid, May paid
        Assert.Equal(CoverageStatus.Due, w.StatusOn(2026, 5, 15)); // May paid, June unpaid, by the recommended day
        Assert.Equal(CoverageStatus.Late, w.StatusOn(2026, 5, 16)); // past the recommended day
        Assert.Equal(CoverageStatus.Late, w.StatusOn(2026, 5, 31));
        Assert.Equal(CoverageStatus.Lapsed, w.StatusOn(2026, 6, 1)); // June unpaid
    }

    [Fact]
    public void As_of_a_past_date_only_the_facts_of_then_count()
    {
        var w = new CoverageScenario();
        w.Pay(Fee, D(2026, 3, 10));
        w.Pay(Fee, D(2026, 4, 10));
        w.Reverse("D1", D(2026, 4, 20));
        var enrolled = new Domain.Workers.WorkerEnrolled(
            Domain.Identifiers.Nss.Parse("12345678903"),
            Domain.Identifiers.Curp.Parse("HEGG560427MVZRRL04"),
            Domain.Identifiers.Rfc.Parse("GODE561231GR8"),
            "w@example.com",
            "Worker",
            Domain.Fees.Zone.General,
            1m,
            Domain.Workers.Periodicity.Monthly,
            [],
            D(2026, 1, 12),
            Domain.Workers.Language.Spanish
        );
        var stream = new List<object> { enrolled };
        stream.AddRange(w.Events);

        Assert.Null(WorkerStream.AsOf(stream, D(2026, 1, 11)));
        Assert.Empty(WorkerStream.AsOf(stream, D(2026, 3, 9))!.CoveredMonths);
        Assert.Equal(["2026-04"], WorkerStream.AsOf(stream, D(2026, 3, 10))!.CoveredMonths);
        Assert.Equal(["2026-04", "2026-05"], WorkerStream.AsOf(stream, D(2026, 4, 19))!.CoveredMonths);
        Assert.Equal(["2026-05"], WorkerStream.AsOf(stream, D(2026, 4, 20))!.CoveredMonths);
    }
}
