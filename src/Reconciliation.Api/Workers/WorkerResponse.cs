using Reconciliation.Domain.Workers;

namespace Reconciliation.Api.Workers;

/// <summary>A worker as <c>GET /api/workers/{nss}</c> shows it: as enrolled, with the changes of the record since, and
/// its version.</summary>
public sealed record WorkerResponse(
    string Nss,
    string Curp,
    string Rfc,
    string Email,
    string Name,
    string Zone,
    decimal MonthlyIncome,
    Periodicity Periodicity,
    IReadOnlyList<Beneficiary> Beneficiaries,
    DateOnly EnrolledOn,
    Language Language,
    long Version
)
{
    /// <param name="version">The version of the worker's stream the record was read at: a change names it (409 when
    /// stale).</param>
    public static WorkerResponse From(Worker w, long version) =>
        new(
            w.Id,
            w.Curp,
            w.Rfc,
            w.Email,
            w.Name,
            Domain.Fees.ZoneNames.Name(w.Zone),
            w.MonthlyIncome,
            w.Periodicity,
            w.Beneficiaries,
            w.EnrolledOn,
            w.Language,
            version
        );
}
