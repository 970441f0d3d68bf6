using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Coverage;

/// <summary>How held lots came to pay months (<see cref="CreditApplied.How"/>), as the events spell it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LotApplication>))]
public enum LotApplication
{
    /// <summary>A later deposit completed the held credit to an accepted amount.</summary>
    [JsonStringEnumMemberName("completed")]
    Completed,

    /// <summary>An operator applied the lot, as it is, to months.</summary>
    [JsonStringEnumMemberName("accepted-by-operator")]
    AcceptedByOperator,

    /// <summary>An operator split a part of the lot off to a month.</summary>
    [JsonStringEnumMemberName("split-by-operator")]
    SplitByOperator,
}

public static class LotApplications
{
    public static string Name(this LotApplication how) => JsonNames.Of(how);
}
