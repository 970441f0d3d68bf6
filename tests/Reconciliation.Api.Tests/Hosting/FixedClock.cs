namespace Reconciliation.Api.Tests.Hosting;

/// <summary>A clock stopped at one instant, for tests whose answers depend on "today".</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
