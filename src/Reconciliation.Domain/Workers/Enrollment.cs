using System.Globalization;
using System.Net.Mail;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Workers;

/// <summary>The enrollment decision: a valid form becomes <see cref="WorkerEnrolled"/>; otherwise every bad field is named.</summary>
public static class Enrollment
{
    public const int MaxNameLength = 200;
    public const decimal MaxMonthlyIncome = 10_000_000m;

    public static EnrollmentDecision Decide(EnrollWorker form, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string reason) =>
            errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, reason] : [reason];

        var nss = Nss.TryParse(form.Nss);
        if (!nss.IsValid) Fail("nss", $"NSS {nss.Error}");
        var curp = Curp.TryParse(form.Curp);
        if (!curp.IsValid) Fail("curp", $"CURP {curp.Error}");
        var rfc = Rfc.TryParse(form.Rfc);
        if (!rfc.IsValid) Fail("rfc", $"RFC {rfc.Error}");

        var email = form.Email?.Trim();
        if (string.IsNullOrEmpty(email)) Fail("email", "email is required");
        else if (!IsEmail(email)) Fail("email", $"'{email}' is not an e-mail address");

        var name = NormalizeName(form.Name);
        if (name.Length == 0) Fail("name", "name is required");
        else if (name.Length > MaxNameLength) Fail("name", $"name must be at most {MaxNameLength} characters");

        var zone = ZoneNames.Parse(form.Zone);
        if (zone is null) Fail("zone", $"zone must be '{ZoneNames.General}' or '{ZoneNames.NorthernBorder}'");

        switch (form.MonthlyIncome)
        {
            case null: Fail("monthlyIncome", "monthly income is required"); break;
            case <= 0: Fail("monthlyIncome", "monthly income must be positive"); break;
            case > MaxMonthlyIncome: Fail("monthlyIncome", $"monthly income must be at most {MaxMonthlyIncome:N0}"); break;
            case var income when !Money.HasAtMostTwoDecimals(income.Value):
                Fail("monthlyIncome", "monthly income must have at most two decimals (centavos)"); break;
        }

        var periodicity = form.Periodicity?.Trim().ToLowerInvariant() switch
        {
            "monthly" => Periodicity.Monthly,
            "semiannual" => Periodicity.Semiannual,
            "annual" => Periodicity.Annual,
            _ => (Periodicity?)null,
        };
        if (periodicity is null) Fail("periodicity", "periodicity must be 'monthly', 'semiannual' or 'annual'");

        var language = form.Language?.Trim().ToLowerInvariant() switch
        {
            null or "" or "es" => Language.Spanish,
            "en" => Language.English,
            _ => (Language?)null,
        };
        if (language is null) Fail("language", "language must be 'es' or 'en'");

        DateOnly? enrolledOn = null;
        if (string.IsNullOrWhiteSpace(form.EnrolledOn)) Fail("enrolledOn", "enrollment date is required");
        else if (!DateOnly.TryParseExact(form.EnrolledOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            Fail("enrolledOn", $"'{form.EnrolledOn}' is not a date YYYY-MM-DD");
        else if (date > today) Fail("enrolledOn", $"enrollment date {date:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}, Mexico City)");
        else enrolledOn = date;

        var beneficiaries = new List<Beneficiary>();
        for (var i = 0; i < (form.Beneficiaries?.Count ?? 0); i++)
        {
            var b = form.Beneficiaries![i];
            var field = $"beneficiaries[{i}]";
            if (b is null)
            {
                Fail(field, "beneficiary is empty");
                continue;
            }
            var relationship = b.Relationship?.Trim().ToLowerInvariant() switch
            {
                "spouse" => Relationship.Spouse,
                "partner" => Relationship.Partner,
                "child" => Relationship.Child,
                "father" => Relationship.Father,
                "mother" => Relationship.Mother,
                _ => (Relationship?)null,
            };
            if (relationship is null)
                Fail($"{field}.relationship", "relationship must be 'spouse', 'partner', 'child', 'father' or 'mother'");
            var beneficiaryName = NormalizeName(b.Name);
            if (beneficiaryName.Length == 0) Fail($"{field}.name", "name is required");
            else if (beneficiaryName.Length > MaxNameLength) Fail($"{field}.name", $"name must be at most {MaxNameLength} characters");
            if (relationship is { } r && beneficiaryName.Length is > 0 and <= MaxNameLength)
                beneficiaries.Add(new Beneficiary(r, beneficiaryName));
        }
        if (beneficiaries.Count(b => b.Relationship is Relationship.Spouse or Relationship.Partner) > 1)
            Fail("beneficiaries", "at most one spouse or common-law partner");
        if (beneficiaries.Count(b => b.Relationship == Relationship.Father) > 1)
            Fail("beneficiaries", "at most one father");
        if (beneficiaries.Count(b => b.Relationship == Relationship.Mother) > 1)
            Fail("beneficiaries", "at most one mother");

        if (errors.Count > 0)
            return EnrollmentDecision.Rejected(errors);

        return EnrollmentDecision.Accepted(new WorkerEnrolled(
            nss.Value!.Value, curp.Value!.Value, rfc.Value!.Value, email!, name, zone!.Value, form.MonthlyIncome!.Value,
            periodicity!.Value, beneficiaries, enrolledOn!.Value, language!.Value));
    }

    private static string NormalizeName(string? name) =>
        string.Join(' ', (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal)
        && text.IndexOf('@') is var at && at > 0 && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.');
}
