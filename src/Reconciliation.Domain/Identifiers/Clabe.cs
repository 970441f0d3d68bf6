using System.Collections.Frozen;
using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Identifiers;

/// <summary>Clave Bancaria Estandarizada, 18 digits: bank (3), city (3), account (11), check digit.</summary>
[JsonConverter(typeof(ClabeJsonConverter))]
public readonly record struct Clabe
{
    public const int Length = 18;

    /// <summary>CLABE bank prefix → five-digit SPEI participant code (docs/DOMAIN.md, *Identifiers*).</summary>
    private static readonly FrozenDictionary<string, SpeiParticipant> Participants = new Dictionary<
        string,
        SpeiParticipant
    >
    {
        ["002"] = new("40002", "BANAMEX"),
        ["012"] = new("40012", "BBVA MEXICO"),
        ["014"] = new("40014", "SANTANDER"),
        ["021"] = new("40021", "HSBC"),
        ["030"] = new("40030", "BAJIO"),
        ["036"] = new("40036", "INBURSA"),
        ["044"] = new("40044", "SCOTIABANK"),
        ["058"] = new("40058", "BANREGIO"),
        ["062"] = new("40062", "AFIRME"),
        ["072"] = new("40072", "BANORTE"),
        ["127"] = new("40127", "AZTECA"),
        ["130"] = new("40130", "COMPARTAMOS"),
        ["137"] = new("40137", "BANCOPPEL"),
        ["166"] = new("37166", "BANCO DEL BIENESTAR"),
        ["638"] = new("90638", "NU MEXICO"),
        ["646"] = new("90646", "STP"),
        ["722"] = new("90722", "MERCADO PAGO"),
    }.ToFrozenDictionary();

    public string Value { get; }

    private Clabe(string value) => Value = value;

    public string BankCode => Value[..3];
    public string Account => Value.Substring(6, 11);

    /// <summary>The SPEI participant of the bank, when the prefix is one the system knows.</summary>
    public SpeiParticipant? Participant => Participants.TryGetValue(BankCode, out var p) ? p : null;

    public static IdentifierParseResult<Clabe> TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return IdentifierParseResult<Clabe>.Fail("is required");
        var value = text.Trim();
        if (value.Length != Length)
            return IdentifierParseResult<Clabe>.Fail($"must be {Length} digits, got {value.Length} characters");
        if (!value.All(char.IsAsciiDigit))
            return IdentifierParseResult<Clabe>.Fail("must contain digits only");
        var expected = CheckDigits.Clabe(value.AsSpan(0, 17));
        var actual = value[17] - '0';
        return actual == expected
            ? IdentifierParseResult<Clabe>.Ok(new Clabe(value))
            : IdentifierParseResult<Clabe>.Fail($"check digit is {actual}, expected {expected}");
    }

    public static Clabe Parse(string? text)
    {
        var result = TryParse(text);
        return result.Value ?? throw new InvalidIdentifierException("CLABE", result.Error!);
    }

    public override string ToString() => Value;
}
