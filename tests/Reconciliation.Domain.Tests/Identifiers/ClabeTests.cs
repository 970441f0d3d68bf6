using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Tests.Identifiers;

public sealed class ClabeTests
{
    [Fact]
    public void The_IMSS_clabe_is_valid_and_belongs_to_Scotiabank()
    {
        var clabe = Clabe.Parse("044180001068672782");
        Assert.Equal("044", clabe.BankCode);
        Assert.Equal("00106867278", clabe.Account);
        Assert.Equal(new SpeiParticipant("40044", "SCOTIABANK"), clabe.Participant);
    }

    [Theory]
    [InlineData("002", "40002")]
    [InlineData("012", "40012")]
    [InlineData("014", "40014")]
    [InlineData("021", "40021")]
    [InlineData("030", "40030")]
    [InlineData("036", "40036")]
    [InlineData("058", "40058")]
    [InlineData("062", "40062")]
    [InlineData("130", "40130")]
    [InlineData("166", "37166")]
    [InlineData("072", "40072")]
    [InlineData("127", "40127")]
    [InlineData("137", "40137")]
    [InlineData("638", "90638")]
    [InlineData("646", "90646")]
    [InlineData("722", "90722")]
    public void Bank_prefix_gives_the_SPEI_participant(string bank, string participant)
    {
        var first17 = bank + "18000106867278";
        var clabe = Clabe.Parse(first17 + CheckDigits.Clabe(first17));
        Assert.Equal(participant, clabe.Participant!.Code);
    }

    [Fact]
    public void An_unknown_bank_prefix_is_a_valid_clabe_without_participant()
    {
        var first17 = "999180001068672780"[..17];
        var clabe = Clabe.Parse(first17 + CheckDigits.Clabe(first17));
        Assert.Null(clabe.Participant);
    }

    [Theory]
    [InlineData("044180001068672783", "check digit is 3, expected 2")]
    [InlineData("04418000106867278", "must be 18 digits, got 17 characters")]
    [InlineData("04418000106867278X", "digits only")]
    [InlineData("", "is required")]
    public void Invalid_clabes_are_refused_with_the_reason(string text, string reason)
    {
        var result = Clabe.TryParse(text);
        Assert.False(result.IsValid);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public void Every_single_digit_error_is_caught()
    {
        const string valid = "044180001068672782";
        for (var position = 0; position < 18; position++)
        for (var digit = '0'; digit <= '9'; digit++)
        {
            if (valid[position] == digit)
                continue;
            var changed = valid[..position] + digit + valid[(position + 1)..];
            Assert.False(Clabe.TryParse(changed).IsValid, changed);
        }
    }
}
