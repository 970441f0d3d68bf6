using System.Globalization;
using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Workers;

/// <summary>The enrollment decision: a valid form becomes <see cref="WorkerEnrolled"/>; otherwise every bad field is
/// named.</summary>
public static class Enrollment
{
    public const int MaxNameLength = WorkerFields.MaxNameLength;
    public const decimal MaxMonthlyIncome = WorkerFields.MaxMonthlyIncome;

    public static EnrollmentDecision Decide(EnrollWorker form, DateOnly today)
    {
        var errors = new FieldErrors();
        var Fail = errors.Fail;

        var nss = Nss.TryParse(form.Nss);
        if (!nss.IsValid)
            Fail("nss", $"NSS {nss.Error}");
        var curp = Curp.TryParse(form.Curp);
        if (!curp.IsValid)
            Fail("curp", $"CURP {curp.Error}");
        var rfc = Rfc.TryParse(form.Rfc);
        if (!rfc.IsValid)
            Fail("rfc", $"RFC {rfc.Error}");

        var email = WorkerFields.Email(form.Email, Fail);
        var name = WorkerFields.Name(form.Name, "name", Fail);

        var zone = WorkerFields.Zone(form.Zone, Fail);

        WorkerFields.MonthlyIncome(form.MonthlyIncome, Fail);

        var periodicity = form.Periodicity?.Trim().ToLowerInvariant() switch
        {
            "monthly" => Periodicity.Monthly,
            "semiannual" => Periodicity.Semiannual,
            "annual" => Periodicity.Annual,
            _ => (Periodicity?)null,
        };
        if (periodicity is null)
            Fail("periodicity", "periodicity must be 'monthly', 'semiannual' or 'annual'");

        var language = string.IsNullOrWhiteSpace(form.Language)
            ? Language.Spanish
            : WorkerFields.Language(form.Language, Fail);

        DateOnly? enrolledOn = null;
        if (string.IsNullOrWhiteSpace(form.EnrolledOn))
            Fail("enrolledOn", "enrollment date is required");
        else if (
            !DateOnly.TryParseExact(
                form.EnrolledOn.Trim(),
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var date
            )
        )
            Fail("enrolledOn", $"'{form.EnrolledOn}' is not a date YYYY-MM-DD");
        else if (date > today)
            Fail("enrolledOn", $"enrollment date {date:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}, Mexico City)");
        else
            enrolledOn = date;

        var beneficiaries = WorkerFields.Beneficiaries(form.Beneficiaries, Fail);

        if (errors.Count > 0)
            return EnrollmentDecision.Rejected(errors);

        return EnrollmentDecision.Accepted(
            new WorkerEnrolled(
                nss.Value!.Value,
                curp.Value!.Value,
                rfc.Value!.Value,
                email!,
                name,
                zone!.Value,
                form.MonthlyIncome!.Value,
                periodicity!.Value,
                beneficiaries,
                enrolledOn!.Value,
                language!.Value
            )
        );
    }
}
