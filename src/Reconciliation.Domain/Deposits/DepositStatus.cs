using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Deposits;

[JsonConverter(typeof(JsonStringEnumConverter<DepositStatus>))]
public enum DepositStatus
{
    /// <summary>Recorded, waiting to be matched to a worker.</summary>
    [JsonStringEnumMemberName("unmatched")] Unmatched,
}
