using Reconciliation.Domain.Notices;
using Reconciliation.Domain.Time;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// The worker's stream (keyed by NSS), declared once: every event it holds, the business date that decides what
/// "as of" a date includes, and how each one changes <see cref="WorkerCoverage"/>. The event store's registration, the
/// coverage projection, the decisions' own folding and the status on a past date all read this table; an event that
/// is not in it fails where it is folded instead of being ignored.
/// </summary>
public static class WorkerStream
{
    private static readonly StreamDeclaration<WorkerCoverage> Declaration = new(
        "worker",
        StreamDeclaration<WorkerCoverage>.Of<WorkerEnrolled>((_, e) => WorkerCoverage.From(e), e => e.EnrolledOn),
        Fact<FeeQuoted>(e => e.On, (s, e) => s.With(e)),
        Fact<PaymentReceived>(e => e.On, (s, e) => s.With(e)),
        Fact<PaymentConfirmed>(e => e.On, (s, e) => s.With(e)),
        Fact<CoverageGranted>(e => e.DecidedOn, (s, e) => s.With(e)),
        Fact<CoverageRevoked>(e => e.On, (s, e) => s.With(e)),
        Fact<PaymentFlagged>(e => e.On, (s, e) => s.With(e)),
        Fact<CreditHeld>(e => e.On, (s, e) => s.With(e)),
        Fact<CreditApplied>(e => e.On, (s, e) => s.With(e)),
        Fact<CreditRefunded>(e => e.On, (s, e) => s.With(e)),
        Fact<CreditKept>(e => e.On, (s, e) => s.With(e)),
        Fact<CreditTransferred>(e => e.On, (s, e) => s.With(e)),
        Fact<DepositReversed>(e => e.ReversedOn, (s, e) => s.With(e)),
        Fact<WorkerWithdrawn>(e => e.On, (s, e) => s.With(e)),
        Fact<IncomeDeclared>(e => e.RecordedOn, (s, e) => s.With(e)),
        Fact<ContactDetailsChanged>(e => MexicoCity.DateOf(e.At), (s, e) => s.With(e)),
        // Notices change no coverage and no "as of" answer; the document still follows them, since its version is
        // what the next append expects.
        Fact<NoticeScheduled>(_ => null, (s, _) => s),
        Fact<NoticeSent>(_ => null, (s, _) => s),
        Fact<NoticeFailed>(_ => null, (s, _) => s)
    );

    /// <summary>Every event type of the stream, for the event store's registration and the projection's
    /// filter.</summary>
    public static IReadOnlyList<Type> EventTypes => Declaration.EventTypes;

    /// <summary>The business date of a fact of the stream (none for notices): what "as of" a date includes.</summary>
    public static DateOnly? EffectiveDate(object e) => Declaration.DateOf(e);

    /// <summary>
    /// One fact applied to the state (none before the enrollment). The state's
    /// <see cref="WorkerCoverage.DecidedThrough"/> follows the latest business date, so a fact that arrives late is
    /// recorded as of that date, never before.
    /// </summary>
    public static WorkerCoverage Evolve(WorkerCoverage? state, object e)
    {
        var next = Declaration.Apply(state, e);
        return EffectiveDate(e) is { } on && on > next.DecidedThrough ? next with { DecidedThrough = on } : next;
    }

    /// <summary>The worker's coverage from the facts whose business date is on or before
    /// <paramref name="asOf"/>.</summary>
    public static WorkerCoverage? AsOf(IEnumerable<object> events, DateOnly asOf)
    {
        WorkerCoverage? state = null;
        foreach (var e in events)
            if (EffectiveDate(e) is { } date && date <= asOf && (state is not null || e is WorkerEnrolled))
                state = Evolve(state, e);
        return state;
    }

    private static StreamDeclaration<WorkerCoverage>.Event Fact<T>(
        Func<T, DateOnly?> on,
        Func<WorkerCoverage, T, WorkerCoverage> apply
    ) => StreamDeclaration<WorkerCoverage>.Of<T>((s, e) => apply(s!, e), on);
}
