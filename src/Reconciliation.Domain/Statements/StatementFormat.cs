using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Statements;

/// <summary>The bank statement formats the import reads (docs/DOMAIN.md, *Statement formats*), told apart by
/// content.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StatementFormat>))]
public enum StatementFormat
{
    [JsonStringEnumMemberName("camt.053")]
    Camt053,

    /// <summary>Credit notification: its credits are provisional until a statement confirms them.</summary>
    [JsonStringEnumMemberName("camt.054")]
    Camt054,

    [JsonStringEnumMemberName("mt940")]
    Mt940,

    [JsonStringEnumMemberName("scotiabank-csv")]
    ScotiabankCsv,

    /// <summary>Intraday account report: provisional, like camt.054.</summary>
    [JsonStringEnumMemberName("camt.052")]
    Camt052,

    /// <summary>SWIFT interim transaction report, camt.052's counterpart: provisional.</summary>
    [JsonStringEnumMemberName("mt942")]
    Mt942,
}

public static class StatementFormats
{
    /// <summary>
    /// Formats that tell of credits during the day, before the statement: a credit first seen in one is a provisional
    /// deposit (matched and shown, no months granted) until a statement (camt.053, MT940, the CSV export) confirms it.
    /// They carry no balances to check nor statement sequence to follow.
    /// </summary>
    public static bool IsProvisional(this StatementFormat format) =>
        format is StatementFormat.Camt054 or StatementFormat.Camt052 or StatementFormat.Mt942;
}
