using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Matching;

/// <summary>The outcome of matching a deposit: one worker (with how clean the reference was), or suspense with the
/// reason.</summary>
public sealed record MatchDecision(
    Nss? Nss,
    bool ReferenceClean,
    string? SuspenseReason,
    IReadOnlyList<NssCandidate> Candidates
)
{
    public bool Matched => Nss is not null;
}
