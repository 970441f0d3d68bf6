using Reconciliation.Domain.Workers;

namespace Reconciliation.Api.Workers;

/// <summary>A worker as <c>GET /api/workers/{nss}</c> shows it.</summary>
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
    Language Language)
{
    public static WorkerResponse From(Worker w) => new(
        w.Id, w.Curp, w.Rfc, w.Email, w.Name, Domain.Fees.ZoneNames.Name(w.Zone), w.MonthlyIncome, w.Periodicity,
        w.Beneficiaries, w.EnrolledOn, w.Language);
}
