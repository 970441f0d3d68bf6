using Reconciliation.Domain.Coverage;

namespace Reconciliation.Api.Setup;

/// <summary>The coverage policy from the <c>Coverage</c> section, validated at start.</summary>
public static class CoverageSettings
{
    public const string Section = "Coverage";

    public static void AddCoveragePolicy(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        var policy = new CoveragePolicy
        {
            DueDay = section.GetValue(nameof(CoveragePolicy.DueDay), CoveragePolicy.Default.DueDay),
            RecommendedDay = section.GetValue(
                nameof(CoveragePolicy.RecommendedDay),
                CoveragePolicy.Default.RecommendedDay
            ),
            // Written "1, 6, 12": one value, so an override replaces the list (configuration merges arrays by index).
            AcceptedMonths = section[nameof(CoveragePolicy.AcceptedMonths)] is { } list
                ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(k =>
                        int.TryParse(k, out var n)
                            ? n
                            : throw new InvalidOperationException(
                                $"Coverage:AcceptedMonths: '{k}' is not a number of months"
                            )
                    )
                    .ToArray()
                : CoveragePolicy.Default.AcceptedMonths,
            ConfirmationDays = section.GetValue(
                nameof(CoveragePolicy.ConfirmationDays),
                CoveragePolicy.Default.ConfirmationDays
            ),
        };
        if (policy.ConfirmationDays is < 1 or > 60)
            throw new InvalidOperationException(
                $"Coverage: ConfirmationDays ({policy.ConfirmationDays}) must be 1 to 60 days"
            );
        if (
            policy.DueDay is < 1 or > 28
            || policy.RecommendedDay is < 1 or > 28
            || policy.RecommendedDay > policy.DueDay
        )
            throw new InvalidOperationException(
                $"Coverage: DueDay ({policy.DueDay}) and RecommendedDay ({policy.RecommendedDay}) must be days 1-28, "
                    + "the recommended day not after the due day"
            );
        if (policy.AcceptedMonths.Count == 0 || policy.AcceptedMonths.Any(k => k is < 1 or > 24))
            throw new InvalidOperationException("Coverage: AcceptedMonths must list month counts between 1 and 24");
        builder.Services.AddSingleton(policy);
    }
}
