using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Tests.Identifiers;

public sealed class CurpTests
{
    [Theory]
    [InlineData("HEGG560427MVZRRL04", 1956, 4, 27)]
    [InlineData("BEML920313HCMLNS09", 1992, 3, 13)]
    [InlineData("hegg560427mvzrrl04", 1956, 4, 27)]
    public void Published_vectors_are_valid(string text, int year, int month, int day)
    {
        var curp = Curp.Parse(text);
        Assert.Equal(text.ToUpperInvariant(), curp.Value);
        Assert.Equal(new DateOnly(year, month, day), curp.BirthDate);
    }

    [Fact]
    public void A_letter_as_homonym_character_means_born_in_this_century()
    {
        var first17 = "GOMA050101HNELRSA";
        var curp = Curp.Parse(first17 + CheckDigits.Curp(first17));
        Assert.Equal(new DateOnly(2005, 1, 1), curp.BirthDate);
    }

    [Theory]
    [InlineData("HEGG560427MVZRRL05", "check digit is 5, expected 4")]
    [InlineData("HEGG560427MVZRRL0", "must be 18 characters, got 17")]
    [InlineData("HBGG560427MVZRRL04", "second a vowel or X")]
    [InlineData("HEGG561327MVZRRL04", "is not a calendar date")]
    [InlineData("HEGG560230MVZRRL04", "is not a calendar date")]
    [InlineData("HEGG560427XVZRRL04", "sex")]
    [InlineData("HEGG560427MXXRRL04", "not a state code")]
    [InlineData("HEGG560427MVZARL04", "consonants")]
    [InlineData("HEGG5604A7MVZRRL04", "birth date YYMMDD")]
    [InlineData("HEGG560427MVZRRL0A", "check digit) must be a digit")]
    [InlineData("   ", "is required")]
    public void Invalid_curps_are_refused_with_the_reason(string text, string reason)
    {
        var result = Curp.TryParse(text);
        Assert.False(result.IsValid);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public void Born_abroad_is_the_state_NE()
    {
        var first17 = "PEJU800101HNEXRN0";
        Assert.True(Curp.TryParse(first17 + CheckDigits.Curp(first17)).IsValid);
    }
}
