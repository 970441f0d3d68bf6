using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Matching;

namespace Reconciliation.Domain.Deposits;

/// <summary>
/// No single enrolled worker could be read from the deposit: it waits in suspense, with what was
/// found in its text and the suggestions an operator may confirm.
/// </summary>
public sealed record DepositSuspended(
    string DepositId,
    string Reason,
    IReadOnlyList<Nss> Candidates,
    IReadOnlyList<string> NearNumbers,
    IReadOnlyList<Suggestion> Suggestions
);
