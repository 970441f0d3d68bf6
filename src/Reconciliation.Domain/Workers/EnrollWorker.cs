namespace Reconciliation.Domain.Workers;

/// <summary>
/// The enrollment form as it arrives. Every field is text (or a bare number) so that each bad
/// field can be named in the answer; <see cref="Enrollment.Decide"/> turns it into a fact.
/// </summary>
public sealed record EnrollWorker(
    string? Nss,
    string? Curp,
    string? Rfc,
    string? Email,
    string? Name,
    string? Zone,
    decimal? MonthlyIncome,
    string? Periodicity,
    IReadOnlyList<BeneficiaryForm>? Beneficiaries,
    string? EnrolledOn,
    string? Language = null
);
