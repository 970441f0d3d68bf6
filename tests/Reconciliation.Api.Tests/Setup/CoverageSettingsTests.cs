using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Domain.Coverage;

namespace Reconciliation.Api.Tests.Setup;

public sealed class CoverageSettingsTests(CoverageSettingsTests.Fixture app)
    : IClassFixture<CoverageSettingsTests.Fixture>
{
    public sealed class Fixture : AppFixture
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Coverage:DueDay", "22");
            builder.UseSetting("Coverage:RecommendedDay", "12");
            builder.UseSetting("Coverage:AcceptedMonths", "1, 3");
        }
    }

    [Fact]
    public void The_due_day_the_recommended_day_and_the_accepted_counts_come_from_configuration()
    {
        var policy = app.Host.Services.GetRequiredService<CoveragePolicy>();
        Assert.Equal(22, policy.DueDay);
        Assert.Equal(12, policy.RecommendedDay);
        Assert.Equal([1, 3], policy.AcceptedMonths);
    }
}
