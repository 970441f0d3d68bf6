using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Workers;

/// <summary>
/// The worker's contact details changed, on request, recorded by an operator: what changed (the fields left null did
/// not), who recorded it, when and why. In force from the moment it is recorded: notices go to the address and in the
/// language in force when they are sent.
/// </summary>
public sealed record ContactDetailsChanged(
    Nss Nss,
    string? Email,
    Language? Language,
    string? Name,
    IReadOnlyList<Beneficiary>? Beneficiaries,
    string Operator,
    string Reason,
    DateTimeOffset At
);
