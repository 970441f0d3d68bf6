using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Matching;

/// <summary>A worker a suspense item may belong to, and why; operators confirm, the system never applies it.</summary>
/// <remarks><see cref="Why"/> is the reason as a phrase (null in suggestions recorded before it was kept).</remarks>
public sealed record Suggestion(Nss Nss, string Reason, Phrase? Why = null)
{
    public static Suggestion Because(Nss nss, Phrase why) => new(nss, why.ToString(), why);
}
