using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Reconciliation.Api.Tests.Hosting;

/// <summary>A clock stopped at one instant, for tests whose answers depend on "today".</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

public static class FixedClockHosting
{
    /// <summary>The application's clock stopped at <paramref name="now"/>.</summary>
    public static IWebHostBuilder UseFixedClock(this IWebHostBuilder builder, DateTimeOffset now) =>
        builder.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FixedClock(now))));
}
