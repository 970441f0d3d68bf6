using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Matching;

/// <summary>
/// docs/DOMAIN.md, *Matching*: exactly one valid NSS candidate of an enrolled worker matches; no
/// candidate, several, or only unknown ones put the deposit in suspense. Never a guess.
/// </summary>
public static class Matcher
{
    public static MatchDecision Decide(IReadOnlyList<NssCandidate> candidates, IReadOnlySet<string> enrolled)
    {
        var ofWorkers = candidates.Where(c => enrolled.Contains(c.Nss.Value)).ToList();
        return ofWorkers.Count switch
        {
            1 => new MatchDecision(ofWorkers[0].Nss, ofWorkers[0].Clean, null, candidates),
            > 1 => new MatchDecision(
                null,
                false,
                new Phrase("several-nss", string.Join(", ", ofWorkers.Select(c => c.Nss))),
                candidates
            ),
            _ when candidates.Count > 0 => new MatchDecision(
                null,
                false,
                new Phrase("nss-not-enrolled", string.Join(", ", candidates.Select(c => c.Nss))),
                candidates
            ),
            _ => new MatchDecision(null, false, new Phrase("no-valid-nss"), candidates),
        };
    }
}
