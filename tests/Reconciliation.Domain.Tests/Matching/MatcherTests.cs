using Reconciliation.Domain.Matching;

namespace Reconciliation.Domain.Tests.Matching;

public sealed class MatcherTests
{
    private static readonly HashSet<string> Enrolled = ["12345678903", "01988012348"];

    [Fact]
    public void Exactly_one_enrolled_candidate_matches()
    {
        var decision = Matcher.Decide(ReferenceExtractor.Candidates(["PAGO 1234-56-7890-3 Y 31058512349"]), Enrolled);
        Assert.Equal("12345678903", decision.Nss?.Value);
        Assert.False(decision.ReferenceClean);
    }

    [Fact]
    public void Two_enrolled_candidates_go_to_suspense()
    {
        var decision = Matcher.Decide(ReferenceExtractor.Candidates(["12345678903 01988012348"]), Enrolled);
        Assert.False(decision.Matched);
        Assert.Contains("several enrolled NSS", decision.SuspenseReason?.ToString());
    }

    [Fact]
    public void An_unknown_NSS_goes_to_suspense() =>
        Assert.Contains(
            "no enrolled worker",
            Matcher.Decide(ReferenceExtractor.Candidates(["31058512349"]), Enrolled).SuspenseReason?.ToString()
        );

    [Fact]
    public void No_NSS_goes_to_suspense() =>
        Assert.Equal(
            "no NSS with a valid check digit in the reference",
            Matcher.Decide([], Enrolled).SuspenseReason?.ToString()
        );
}
