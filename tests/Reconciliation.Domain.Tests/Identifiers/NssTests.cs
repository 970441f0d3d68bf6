using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Tests.Identifiers;

public sealed class NssTests
{
    [Theory]
    [InlineData("12345678903")]
    [InlineData("01988012348")]
    [InlineData(" 12345678903 ")]
    public void Published_vectors_are_valid(string text)
    {
        var nss = Nss.Parse(text);
        Assert.Equal(text.Trim(), nss.Value);
    }

    [Theory]
    [InlineData("12345678904", "check digit is 4, expected 3")]
    [InlineData("01988012340", "check digit is 0, expected 8")]
    [InlineData("1234567890", "must be 11 digits, got 10 characters")]
    [InlineData("123456789031", "must be 11 digits, got 12 characters")]
    [InlineData("1234-567890", "digits only")]
    [InlineData("1234567890A", "digits only")]
    [InlineData("1234 567890", "digits only")]
    [InlineData("", "is required")]
    [InlineData(null, "is required")]
    public void Invalid_numbers_are_refused_with_the_reason(string? text, string reason)
    {
        var result = Nss.TryParse(text);
        Assert.False(result.IsValid);
        Assert.Contains(reason, result.Error);
        var e = Assert.Throws<InvalidIdentifierException>(() => Nss.Parse(text));
        Assert.StartsWith("Invalid NSS", e.Message);
    }

    [Fact]
    public void Every_single_digit_error_in_the_first_ten_is_caught()
    {
        // Weights 1,2 with digit sums detect any single substituted digit.
        const string valid = "12345678903";
        for (var position = 0; position < 10; position++)
        for (var digit = '0'; digit <= '9'; digit++)
        {
            if (valid[position] == digit)
                continue;
            var changed = valid[..position] + digit + valid[(position + 1)..];
            Assert.False(Nss.TryParse(changed).IsValid, changed);
        }
    }

    [Fact]
    public void Products_above_nine_count_as_the_sum_of_their_digits()
    {
        // 9 at an even position (weight 2) gives 18, counted as 9: 0909090909 → sum 5×9 = 45 → check 5.
        Assert.Equal(5, CheckDigits.Nss("0909090909"));
        Assert.True(Nss.TryParse("09090909095").IsValid);
    }

    [Fact]
    public void Masked_form_shows_only_the_ends() => Assert.Equal("12*******03", Nss.Parse("12345678903").Masked);
}
