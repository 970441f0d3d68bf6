namespace Reconciliation.Domain.Identifiers;

/// <summary>The published check-digit algorithms of docs/DOMAIN.md, *Identifiers*, one per identifier.</summary>
public static class CheckDigits
{
    /// <summary>NSS: weights 1,2,1,2… over the first 10 digits; a product above 9 counts as the sum of its
    /// digits.</summary>
    public static int Nss(ReadOnlySpan<char> firstTenDigits)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var product = (firstTenDigits[i] - '0') * (i % 2 == 0 ? 1 : 2);
            sum += product > 9 ? product - 9 : product;
        }
        return (10 - sum % 10) % 10;
    }

    /// <summary>CURP: character values 0-9, A-N = 10-23, Ñ = 24, O-Z = 25-36; weights 18 down to 2.</summary>
    public static int Curp(ReadOnlySpan<char> firstSeventeen)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
            sum += CurpValue(firstSeventeen[i]) * (18 - i);
        return (10 - sum % 10) % 10;
    }

    /// <summary>RFC of a person: values 0-9, A-N = 10-23, &amp; = 24, O-Z = 25-36, space = 37, Ñ = 38; weights 13 down
    /// to 2.</summary>
    public static char Rfc(ReadOnlySpan<char> firstTwelve)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
            sum += RfcValue(firstTwelve[i]) * (13 - i);
        var remainder = sum % 11;
        var check = remainder == 0 ? 0 : 11 - remainder;
        return check == 10 ? 'A' : (char)('0' + check);
    }

    /// <summary>CLABE: weights 3,7,1 repeated over the first 17 digits, each product taken mod 10.</summary>
    public static int Clabe(ReadOnlySpan<char> firstSeventeen)
    {
        ReadOnlySpan<int> weights = [3, 7, 1];
        var sum = 0;
        for (var i = 0; i < 17; i++)
            sum += (firstSeventeen[i] - '0') * weights[i % 3] % 10;
        return (10 - sum % 10) % 10;
    }

    private static int CurpValue(char c) =>
        c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'A' and <= 'N' => c - 'A' + 10,
            'Ñ' => 24,
            >= 'O' and <= 'Z' => c - 'O' + 25,
            _ => throw new ArgumentOutOfRangeException(nameof(c), c, "not a CURP character"),
        };

    private static int RfcValue(char c) =>
        c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'A' and <= 'N' => c - 'A' + 10,
            '&' => 24,
            >= 'O' and <= 'Z' => c - 'O' + 25,
            ' ' => 37,
            'Ñ' => 38,
            _ => throw new ArgumentOutOfRangeException(nameof(c), c, "not an RFC character"),
        };
}
