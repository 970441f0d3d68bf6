using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Tests.Workers;

public sealed class EnrollmentTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static readonly EnrollWorker Valid = new(
        Nss: "12345678903",
        Curp: "HEGG560427MVZRRL04",
        Rfc: "GODE561231GR8",
        Email: "gabriela@example.com",
        Name: "  Gabriela   Hernández García ",
        Zone: "general",
        MonthlyIncome: 9582.47m,
        Periodicity: "monthly",
        Beneficiaries: [new BeneficiaryForm("child", "Luis Hernández"), new BeneficiaryForm("spouse", "Pedro Ruiz")],
        EnrolledOn: "2026-01-12"
    );

    [Fact]
    public void A_valid_form_becomes_the_enrollment_fact()
    {
        var decision = Enrollment.Decide(Valid, Today);

        Assert.True(decision.IsAccepted);
        var e = decision.Enrolled!;
        Assert.Equal("12345678903", e.Nss.Value);
        Assert.Equal("Gabriela Hernández García", e.Name);
        Assert.Equal(Zone.General, e.Zone);
        Assert.Equal(Periodicity.Monthly, e.Periodicity);
        Assert.Equal(new DateOnly(2026, 1, 12), e.EnrolledOn);
        Assert.Equal(Language.Spanish, e.Language);
        Assert.Equal(
            [new Beneficiary(Relationship.Child, "Luis Hernández"), new Beneficiary(Relationship.Spouse, "Pedro Ruiz")],
            e.Beneficiaries
        );
    }

    [Fact]
    public void Every_bad_field_is_named_at_once()
    {
        var form = Valid with
        {
            Nss = "12345678904",
            Curp = "X",
            Rfc = null,
            Email = "not-an-address",
            Name = " ",
            Zone = "south",
            MonthlyIncome = -1,
            Periodicity = "weekly",
            EnrolledOn = "2026-02-30",
            Language = "fr",
        };

        var errors = Enrollment.Decide(form, Today).Errors;

        Assert.Equal(
            ["curp", "email", "enrolledOn", "language", "monthlyIncome", "name", "nss", "periodicity", "rfc", "zone"],
            errors.Keys.Order()
        );
        Assert.Equal("NSS check digit is 4, expected 3", errors["nss"].Single());
        Assert.Contains("2026-02-30", errors["enrolledOn"].Single());
    }

    [Fact]
    public void An_enrollment_date_after_today_in_Mexico_City_is_refused() =>
        Assert.Contains(
            "after today",
            Enrollment.Decide(Valid with { EnrolledOn = "2026-03-11" }, Today).Errors["enrolledOn"].Single()
        );

    [Theory]
    [InlineData(0.001)]
    [InlineData(0)]
    [InlineData(10000000.01)]
    public void The_income_must_be_a_positive_amount_in_centavos(decimal income) =>
        Assert.True(
            Enrollment.Decide(Valid with { MonthlyIncome = income }, Today).Errors.ContainsKey("monthlyIncome")
        );

    [Fact]
    public void A_worker_has_at_most_one_spouse_or_partner_one_father_and_one_mother()
    {
        var form = Valid with
        {
            Beneficiaries =
            [
                new("spouse", "A"),
                new("partner", "B"),
                new("father", "C"),
                new("father", "D"),
                new("mother", "E"),
                new("child", "F"),
                new("child", "G"),
            ],
        };
        var errors = Enrollment.Decide(form, Today).Errors["beneficiaries"];
        Assert.Equal(["at most one spouse or common-law partner", "at most one father"], errors);
    }

    [Fact]
    public void A_bad_beneficiary_is_named_by_its_position()
    {
        var form = Valid with { Beneficiaries = [new("child", "Ana"), new("cousin", ""), null!] };
        var errors = Enrollment.Decide(form, Today).Errors;
        Assert.Equal(
            ["beneficiaries[1].name", "beneficiaries[1].relationship", "beneficiaries[2]"],
            errors.Keys.Order()
        );
    }

    [Theory]
    [InlineData("en", Language.English)]
    [InlineData("ES", Language.Spanish)]
    [InlineData(null, Language.Spanish)]
    public void Notices_are_in_Spanish_unless_English_is_asked(string? language, Language expected) =>
        Assert.Equal(expected, Enrollment.Decide(Valid with { Language = language }, Today).Enrolled!.Language);

    [Theory]
    [InlineData("a@b")]
    [InlineData("@example.com")]
    [InlineData("name@example.")]
    [InlineData("Name <name@example.com>")]
    public void Email_must_be_a_plain_address(string email) =>
        Assert.True(Enrollment.Decide(Valid with { Email = email }, Today).Errors.ContainsKey("email"));
}
