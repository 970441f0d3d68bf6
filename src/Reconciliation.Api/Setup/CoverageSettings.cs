using Reconciliation.Domain.Coverage;

namespace Reconciliation.Api.Setup;

/// <summary>The coverage policy from the <c>Coverage</c> section, validated at start.</summary>
public static class CoverageSettings
{
    public const string Section = "Coverage";

    public static void AddCoveragePolicy(this WebApplicationBuilder builder)
    {
        var policy = builder.Configuration.GetSection(Section).Get<CoveragePolicy>() ?? CoveragePolicy.Default;
        if (policy.DueDay is < 1 or > 28 || policy.RecommendedDay is < 1 or > 28 || policy.RecommendedDay > policy.DueDay)
            throw new InvalidOperationException($"Coverage: DueDay ({policy.DueDay}) and RecommendedDay ({policy.RecommendedDay}) must be days 1-28, the recommended day not after the due day");
        if (policy.AcceptedMonths.Count == 0 || policy.AcceptedMonths.Any(k => k is < 1 or > 24))
            throw new InvalidOperationException("Coverage: AcceptedMonths must list month counts between 1 and 24");
        builder.Services.AddSingleton(policy);
    }
}
