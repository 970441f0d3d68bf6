using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Workers;

/// <summary>
/// The worker left the scheme on <see cref="On"/>: no month after it is granted, and money that arrives later is held
/// for refund. Recorded by an operator, with why.
/// </summary>
public sealed record WorkerWithdrawn(Nss Nss, DateOnly On, string Reason, string Operator, DateTimeOffset At);
