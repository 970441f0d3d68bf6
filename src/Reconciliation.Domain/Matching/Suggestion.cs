using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Matching;

/// <summary>A worker a suspense item may belong to, and why; operators confirm, the system never applies it.</summary>
public sealed record Suggestion(Nss Nss, string Reason);
