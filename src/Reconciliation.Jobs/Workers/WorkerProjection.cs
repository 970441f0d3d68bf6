using Marten.Events.Aggregation;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Jobs.Workers;

/// <summary>
/// Keeps the <see cref="Worker"/> document up to date with its stream. The state functions live in
/// the domain; this class only hands the events to them, so that Marten's compile-time dispatcher
/// is generated here, in the project that references Marten, and the domain stays free of it.
/// </summary>
public sealed class WorkerProjection : SingleStreamProjection<Worker, string>
{
    public static Worker Create(WorkerEnrolled e) => Worker.Create(e);

    public static Worker Apply(ContactDetailsChanged e, Worker w) => w.Apply(e);

    public static Worker Apply(IncomeDeclared e, Worker w) => w.Apply(e);
}
