using Reconciliation.Api.Setup;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Reconciliation.Api.Workers;

/// <summary>
/// The worker's stream, loaded for writing by Wolverine's aggregate handler workflow from the route's
/// <c>{nss}</c>: the events the endpoint returns are appended with optimistic concurrency, and a worker not enrolled
/// is a 404 problem document naming the NSS.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class WriteWorkerAttribute : WriteAggregateAttribute
{
    public WriteWorkerAttribute()
        : base(RouteNssCheck.RouteValue)
    {
        OnMissing = OnMissing.ProblemDetailsWith404;
        MissingMessage = Problems.NotEnrolled;
    }
}
