using Reconciliation.Domain.Matching;

namespace Reconciliation.Domain.Tests.Matching;

/// <summary>docs/DOMAIN.md, *Matching*: NSS candidates in noisy concepts.</summary>
public sealed class ReferenceExtractorTests
{
    private static string[] Nss(params string[] texts) =>
        ReferenceExtractor.Candidates(texts).Select(c => c.Nss.Value).ToArray();

    [Theory]
    [InlineData("PAGO IMSS 12345678903 MAYO", "12345678903", true)]
    [InlineData("12345678903", "12345678903", true)]
    [InlineData("1234-56-7890-3", "12345678903", false)]
    [InlineData("NSS 1234 5678 903 ABRIL", "12345678903", false)]
    [InlineData("cuota.1234.5678.903", "12345678903", false)]
    [InlineData("IMSS/12345678903/MAYO", "12345678903", true)]
    [InlineData("PAGO 12345678903 2026", "12345678903", true)] // a year after a space is another word
    public void An_NSS_is_found_whole_or_split_by_separators(string concept, string nss, bool clean)
    {
        var candidate = Assert.Single(ReferenceExtractor.Candidates([concept]));
        Assert.Equal(nss, candidate.Nss.Value);
        Assert.Equal(clean, candidate.Clean);
    }

    [Theory]
    [InlineData("PAGO IMSS 12345678904 MAYO")] // wrong check digit
    [InlineData("PAGO IMSS 1234567890 MAYO")] // truncated
    [InlineData("REF 9912345678903")] // inside a longer number
    [InlineData("A12345678903")] // glued to a letter
    [InlineData("CURP HEGG560427MVZRRL04")]
    [InlineData("REF 12345678903-5")] // a longer number: the digits go on after a dash
    [InlineData("REF 7.12345678903")] // or before a dot
    [InlineData("CUENTA 00106867278")] // the IMSS account passes the NSS check digit: not a worker
    [InlineData("CLABE 044180-00106867278-2")] // the IMSS account inside its CLABE, with dashes
    [InlineData("")]
    public void No_candidate_without_a_whole_token_and_a_valid_check_digit(string concept) =>
        Assert.Empty(Nss(concept));

    [Fact]
    public void Several_NSS_are_all_candidates_and_repeats_count_once() =>
        Assert.Equal(["12345678903", "01988012348"], Nss("12345678903 Y 01988012348", "otra vez 12345678903"));

    [Fact]
    public void Numbers_near_an_NSS_are_kept_for_suggestions()
    {
        Assert.Equal(["1234567890"], ReferenceExtractor.NearNumbers(["PAGO 1234567890 MAYO"]));
        Assert.Contains("12345678903", ReferenceExtractor.OneEditAway("1234567890")); // one digit missing
        Assert.Contains("12345678903", ReferenceExtractor.OneEditAway("12345678904")); // one digit wrong
        Assert.All(ReferenceExtractor.OneEditAway("12345678904"), v => Assert.Equal(11, v.Length));
    }

    [Fact]
    public void CURP_and_RFC_are_found_in_the_text()
    {
        Assert.Equal(["HEGG560427MVZRRL04"], ReferenceExtractor.Curps(["pago curp hegg560427mvzrrl04 marzo"]));
        Assert.Equal(["GODE561231GR8"], ReferenceExtractor.Rfcs(["RFC GODE561231GR8"]));
    }
}
