using System.Text.Json.Serialization;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Workers;

/// <summary>The worker as enrolled, with the changes of their record since: rebuilt from the stream, keyed by NSS (
/// <see cref="Id"/>).</summary>
public sealed record Worker(
    string Id,
    string Curp,
    string Rfc,
    string Email,
    string Name,
    Zone Zone,
    decimal MonthlyIncome,
    Periodicity Periodicity,
    IReadOnlyList<Beneficiary> Beneficiaries,
    DateOnly EnrolledOn,
    Language Language
)
{
    /// <summary>The worker's NSS, typed (the identity is stored as text, as the event store keys streams).</summary>
    [JsonIgnore]
    public Nss Nss => Nss.Parse(Id);

    public static Worker Create(WorkerEnrolled e) =>
        new(
            e.Nss.Value,
            e.Curp.Value,
            e.Rfc.Value,
            e.Email,
            e.Name,
            e.Zone,
            e.MonthlyIncome,
            e.Periodicity,
            e.Beneficiaries,
            e.EnrolledOn,
            e.Language
        );

    /// <summary>The income and zone last declared (in force from its month: the fee history has each
    /// month's).</summary>
    public Worker Apply(IncomeDeclared e) => this with { MonthlyIncome = e.MonthlyIncome, Zone = e.Zone };

    public Worker Apply(ContactDetailsChanged e) =>
        this with
        {
            Email = e.Email ?? Email,
            Language = e.Language ?? Language,
            Name = e.Name ?? Name,
            Beneficiaries = e.Beneficiaries ?? Beneficiaries,
        };
}
