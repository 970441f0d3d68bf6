using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Jobs.Matching;

/// <summary>A worker enrolled: deposits in suspense that may be theirs are looked at again.</summary>
public sealed record RematchSuspense(Nss Nss);
