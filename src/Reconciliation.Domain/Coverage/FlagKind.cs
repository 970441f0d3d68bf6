using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Coverage;

/// <summary>Why a payment was flagged (docs/DOMAIN.md, *Accepted amounts and mismatches*), written as the events and
/// the API spell it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FlagKind>))]
public enum FlagKind
{
    [JsonStringEnumMemberName("late")]
    Late,

    [JsonStringEnumMemberName("late-coverage-gap")]
    LateCoverageGap,

    [JsonStringEnumMemberName("underpaid")]
    Underpaid,

    [JsonStringEnumMemberName("overpaid")]
    Overpaid,

    [JsonStringEnumMemberName("reference-not-clean")]
    ReferenceNotClean,

    [JsonStringEnumMemberName("reversed")]
    Reversed,

    /// <summary>Money that arrived on or after the worker's withdrawal: held, to be refunded.</summary>
    [JsonStringEnumMemberName("after-withdrawal")]
    AfterWithdrawal,
}

public static class FlagKinds
{
    /// <summary>The kinds that say a lot is held: they close with the lot.</summary>
    public static bool IsHeldCredit(this FlagKind kind) =>
        kind is FlagKind.Underpaid or FlagKind.Overpaid or FlagKind.AfterWithdrawal;

    /// <summary>The kind as the events and the API write it, also the last part of a flag's id.</summary>
    public static string Name(this FlagKind kind) => JsonNames.Of(kind);
}
