using Marten.Events.Aggregation;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Notices;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Api.Workers;

/// <summary>Keeps one <see cref="WorkerCoverage"/> document per worker, in the same transaction as the events; the
/// rules are the domain's.</summary>
public sealed class WorkerCoverageProjection : SingleStreamProjection<WorkerCoverage, string>
{
    public static WorkerCoverage Create(WorkerEnrolled e) => WorkerCoverage.Create(e);

    public static WorkerCoverage Apply(FeeQuoted e, WorkerCoverage c) => c.Evolve(e);

    public static WorkerCoverage Apply(PaymentReceived e, WorkerCoverage c) => c.Evolve(e);

    public static WorkerCoverage Apply(PaymentConfirmed e, WorkerCoverage c) => c.Evolve(e);

    public static WorkerCoverage Apply(CoverageGranted e, WorkerCoverage c) => c.Evolve(e);

    public static WorkerCoverage Apply(CoverageRevoked e, WorkerCoverage c) => c.Evolve(e);

    public static WorkerCoverage Apply(PaymentFlagged e, WorkerCoverage c) => c.Evolve(e);

    public static WorkerCoverage Apply(CreditHeld e, WorkerCoverage c) => c.Evolve(e);

    public static WorkerCoverage Apply(CreditApplied e, WorkerCoverage c) => c.Evolve(e);

    public static WorkerCoverage Apply(CreditRefunded e, WorkerCoverage c) => c.Evolve(e);

    public static WorkerCoverage Apply(CreditKept e, WorkerCoverage c) => c.Evolve(e);

    public static WorkerCoverage Apply(CreditTransferred e, WorkerCoverage c) => c.Evolve(e);

    public static WorkerCoverage Apply(DepositReversed e, WorkerCoverage c) => c.Evolve(e);

    public static WorkerCoverage Apply(WorkerWithdrawn e, WorkerCoverage c) => c.Evolve(e);

    public static WorkerCoverage Apply(ContactDetailsChanged e, WorkerCoverage c) => c.Evolve(e);

    public static WorkerCoverage Apply(IncomeDeclared e, WorkerCoverage c) => c.Evolve(e);

    // Notices change no coverage, but the document must follow every event of the stream: its Version is
    // what the next append expects (DepositMatching), and a stale one would refuse every later payment.
    public static WorkerCoverage Apply(NoticeScheduled e, WorkerCoverage c) => c;

    public static WorkerCoverage Apply(NoticeSent e, WorkerCoverage c) => c;

    public static WorkerCoverage Apply(NoticeFailed e, WorkerCoverage c) => c;
}
