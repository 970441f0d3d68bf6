using System.Net.Mail;
using Reconciliation.Domain.Fees;

namespace Reconciliation.Domain.Workers;

/// <summary>
/// The checks of a worker's own fields, shared by the enrollment and the later changes of the record: each reads the
/// text as it arrives and names what is wrong with it through <c>fail(field, reason)</c>.
/// </summary>
public static class WorkerFields
{
    public const int MaxNameLength = 200;
    public const decimal MaxMonthlyIncome = 10_000_000m;

    public static decimal? MonthlyIncome(decimal? income, Action<string, string> fail)
    {
        switch (income)
        {
            case null:
                fail("monthlyIncome", "monthly income is required");
                break;
            case <= 0:
                fail("monthlyIncome", "monthly income must be positive");
                break;
            case > MaxMonthlyIncome:
                fail("monthlyIncome", $"monthly income must be at most {MaxMonthlyIncome:N0}");
                break;
            case var i when !Money.HasAtMostTwoDecimals(i.Value):
                fail("monthlyIncome", "monthly income must have at most two decimals (centavos)");
                break;
            default:
                return income;
        }
        return null;
    }

    public static Zone? Zone(string? text, Action<string, string> fail)
    {
        var zone = ZoneNames.Parse(text);
        if (zone is null)
            fail("zone", $"zone must be '{ZoneNames.General}' or '{ZoneNames.NorthernBorder}'");
        return zone;
    }

    public static string? Email(string? text, Action<string, string> fail)
    {
        var email = text?.Trim();
        if (string.IsNullOrEmpty(email))
            fail("email", "email is required");
        else if (!IsEmail(email))
            fail("email", $"'{email}' is not an e-mail address");
        else
            return email;
        return null;
    }

    /// <summary>A person's name with its spaces made single; empty when refused.</summary>
    public static string Name(string? text, string field, Action<string, string> fail)
    {
        var name = string.Join(
            ' ',
            (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        );
        if (name.Length == 0)
            fail(field, "name is required");
        else if (name.Length > MaxNameLength)
            fail(field, $"name must be at most {MaxNameLength} characters");
        else
            return name;
        return "";
    }

    public static Language? Language(string? text, Action<string, string> fail)
    {
        var language = text?.Trim().ToLowerInvariant() switch
        {
            "es" => Workers.Language.Spanish,
            "en" => Workers.Language.English,
            _ => (Language?)null,
        };
        if (language is null)
            fail("language", "language must be 'es' or 'en'");
        return language;
    }

    /// <summary>The beneficiaries named in a form, each bad one named by its place; at most one spouse or partner, one
    /// father, one mother.</summary>
    public static List<Beneficiary> Beneficiaries(IReadOnlyList<BeneficiaryForm?>? forms, Action<string, string> fail)
    {
        var beneficiaries = new List<Beneficiary>();
        for (var i = 0; i < (forms?.Count ?? 0); i++)
        {
            var b = forms![i];
            var field = $"beneficiaries[{i}]";
            if (b is null)
            {
                fail(field, "beneficiary is empty");
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
                fail(
                    $"{field}.relationship",
                    "relationship must be 'spouse', 'partner', 'child', 'father' or 'mother'"
                );
            var name = Name(b.Name, $"{field}.name", fail);
            if (relationship is { } r && name.Length > 0)
                beneficiaries.Add(new Beneficiary(r, name));
        }
        if (beneficiaries.Count(b => b.Relationship is Relationship.Spouse or Relationship.Partner) > 1)
            fail("beneficiaries", "at most one spouse or common-law partner");
        if (beneficiaries.Count(b => b.Relationship == Relationship.Father) > 1)
            fail("beneficiaries", "at most one father");
        if (beneficiaries.Count(b => b.Relationship == Relationship.Mother) > 1)
            fail("beneficiaries", "at most one mother");
        return beneficiaries;
    }

    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && text.Contains('.', StringComparison.Ordinal)
        && text.IndexOf('@') is var at
        && at > 0
        && text.IndexOf('.', at) > at + 1
        && !text.EndsWith('.');
}
