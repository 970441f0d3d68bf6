using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Workers;

/// <summary>The worker joined the PTI scheme (division "mexicanos en el extranjero"): the first event of the
/// stream.</summary>
public sealed record WorkerEnrolled(
    Nss Nss,
    Curp Curp,
    Rfc Rfc,
    string Email,
    string Name,
    Zone Zone,
    decimal MonthlyIncome,
    Periodicity Periodicity,
    IReadOnlyList<Beneficiary> Beneficiaries,
    DateOnly EnrolledOn,
    Language Language
);
