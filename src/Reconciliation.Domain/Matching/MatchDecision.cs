using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Matching;

/// <summary>The outcome of matching a deposit: one worker (with how clean the reference was), or suspense with the
/// reason.</summary>
public sealed record MatchDecision(
    Nss? Nss,
    bool ReferenceClean,
    Phrase? SuspenseReason,
    IReadOnlyList<NssCandidate> Candidates
)
{
    public bool Matched => Nss is not null;
}
