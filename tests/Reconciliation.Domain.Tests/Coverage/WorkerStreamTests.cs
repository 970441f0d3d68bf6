using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Notices;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Tests.Coverage;

/// <summary>The worker's stream is declared once (WorkerStream): an event it does not declare is refused,
/// loudly.</summary>
public sealed class WorkerStreamTests
{
    private static readonly DateOnly Enrolled = new CoverageScenario().Enrolled.EnrolledOn;

    private static WorkerCoverage Enrollment() => WorkerStream.Evolve(null, new CoverageScenario().Enrolled);

    [Fact]
    public void An_event_the_stream_does_not_declare_fails_where_it_is_folded()
    {
        var stranger = new DepositReturned("spei:1", 100m, Enrolled, "entry");
        var error = Assert.Throws<UnknownEventException>(() => Enrollment().Evolve(stranger));
        Assert.Contains("DepositReturned", error.Message);
        Assert.Throws<UnknownEventException>(() => WorkerStream.EffectiveDate(stranger));
    }

    [Fact]
    public void A_fact_before_the_enrollment_is_refused()
    {
        var quote = new FeeQuoted(Nss.Parse("12345678903"), 2_178.42m, Enrolled);
        Assert.Throws<InvalidOperationException>(() => WorkerStream.Evolve(null, quote));
    }

    [Fact]
    public void Notices_change_no_coverage_and_no_date_but_are_events_of_the_stream()
    {
        var sent = new NoticeSent(Nss.Parse("12345678903"), "n1", "m1", "smtp", DateTimeOffset.UnixEpoch);
        var before = Enrollment();
        Assert.Equal(before, before.Evolve(sent));
        Assert.Null(WorkerStream.EffectiveDate(sent));
        Assert.Contains(typeof(NoticeSent), WorkerStream.EventTypes);
    }

    [Fact]
    public void Every_declared_event_type_is_declared_once()
    {
        Assert.Equal(WorkerStream.EventTypes.Count, WorkerStream.EventTypes.Distinct().Count());
        Assert.Equal(typeof(WorkerEnrolled), WorkerStream.EventTypes[0]);
    }

    [Fact]
    public void A_late_fact_moves_the_date_the_stream_is_decided_through()
    {
        var quote = new FeeQuoted(Nss.Parse("12345678903"), 2_178.42m, Enrolled.AddDays(20));
        Assert.Equal(Enrolled.AddDays(20), Enrollment().Evolve(quote).DecidedThrough);
        var earlier = new FeeQuoted(Nss.Parse("12345678903"), 2_178.42m, Enrolled.AddDays(-3));
        Assert.Equal(Enrolled, Enrollment().Evolve(earlier).DecidedThrough);
    }
}
