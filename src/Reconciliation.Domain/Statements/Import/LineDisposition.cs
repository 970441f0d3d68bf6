using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Statements.Import;

/// <summary>What the import does with a statement line.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LineDisposition>))]
public enum LineDisposition
{
    /// <summary>A booked credit to the IMSS account in pesos: becomes a deposit.</summary>
    [JsonStringEnumMemberName("deposit")]
    Deposit,

    /// <summary>Money out (fees, returns, reversals of credits): kept for the balance check.</summary>
    [JsonStringEnumMemberName("debit")]
    Debit,

    /// <summary>A credit that reverses a debit: money back, not a payment.</summary>
    [JsonStringEnumMemberName("reversal-credit")]
    ReversalCredit,

    /// <summary>Not booked (pending, information): not money yet.</summary>
    [JsonStringEnumMemberName("not-booked")]
    NotBooked,

    /// <summary>A statement of another account.</summary>
    [JsonStringEnumMemberName("other-account")]
    OtherAccount,

    /// <summary>A credit in another currency than pesos.</summary>
    [JsonStringEnumMemberName("other-currency")]
    OtherCurrency,

    /// <summary>A credit of zero.</summary>
    [JsonStringEnumMemberName("zero-amount")]
    ZeroAmount,

    /// <summary>A credit with neither a value date nor a booking date: what it pays cannot be told (a problem of its
    /// line).</summary>
    [JsonStringEnumMemberName("undated")]
    Undated,

    /// <summary>A credit dated before the first fee parameters: its fee cannot be computed (a problem of its
    /// line).</summary>
    [JsonStringEnumMemberName("before-fee-parameters")]
    BeforeFeeParameters,
}
