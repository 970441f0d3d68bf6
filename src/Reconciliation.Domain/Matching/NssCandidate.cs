using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Matching;

/// <summary>An NSS found in a deposit's text; <see cref="Clean"/> when it stood as 11 digits with no
/// separators.</summary>
public sealed record NssCandidate(Nss Nss, bool Clean, string Found);
