using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Tests.Identifiers;

public sealed class RfcTests
{
    [Theory]
    [InlineData("GODE561231GR8")]
    [InlineData("MANO610814JL5")]
    [InlineData("gode561231gr8")]
    public void Published_vectors_are_valid(string text) =>
        Assert.Equal(text.ToUpperInvariant(), Rfc.Parse(text).Value);

    [Theory]
    [InlineData("GODE561231GR9", "check character is '9', expected '8'")]
    [InlineData("GODE561231GR", "must be 13 characters for a person, got 12")]
    [InlineData("GODE561331GR8", "not a date YYMMDD")]
    [InlineData("GOD3561231GR8", "characters 1-4 must be letters")]
    [InlineData("GODE561231G-8", "homoclave")]
    [InlineData("GODE561231GRB", "must be a digit or A")]
    [InlineData("", "is required")]
    public void Invalid_rfcs_are_refused_with_the_reason(string text, string reason)
    {
        var result = Rfc.TryParse(text);
        Assert.False(result.IsValid);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public void A_check_value_of_ten_is_written_A()
    {
        // Search a homoclave whose check value is 10, and verify the RFC is accepted with 'A'.
        var found = (
            from a in "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"
            from b in "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"
            let first12 = $"GODE561231{a}{b}"
            where CheckDigits.Rfc(first12) == 'A'
            select first12
        ).First();
        Assert.True(Rfc.TryParse(found + "A").IsValid);
        Assert.False(Rfc.TryParse(found + "0").IsValid);
    }

    [Fact]
    public void Ampersand_and_enye_are_letters_of_the_name()
    {
        foreach (var name in new[] { "M&RA", "PEÑA" })
        {
            var first12 = $"{name}800101AB";
            Assert.True(Rfc.TryParse(first12 + CheckDigits.Rfc(first12)).IsValid, name);
        }
    }

    [Fact]
    public void The_homoclave_is_not_recomputed()
    {
        // Any homoclave with its right check character is accepted: SAT assigns it.
        foreach (var homoclave in new[] { "AA", "Z9", "11" })
        {
            var first12 = $"GODE561231{homoclave}";
            Assert.True(Rfc.TryParse(first12 + CheckDigits.Rfc(first12)).IsValid, homoclave);
        }
    }

    [Fact]
    public void February_29_is_a_date_in_a_leap_year_of_either_century() =>
        Assert.Contains("not a date", Rfc.TryParse("GODE010229GR8").Error);
}
