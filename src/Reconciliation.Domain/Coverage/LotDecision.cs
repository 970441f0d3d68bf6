using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// What an operator's decision comes to: the events to record, or why it cannot be taken — a conflict with what the
/// worker's stream says now (<see cref="Conflict"/>), or a field of the request that is wrong (<see cref="Field"/>).
/// </summary>
public sealed record LotDecision(
    IReadOnlyList<object> Events,
    Phrase? Conflict = null,
    string? Field = null,
    Phrase? Error = null
)
{
    public bool Taken => Conflict is null && Error is null;

    public static LotDecision Of(IEnumerable<object> events) => new(events.ToList());

    public static LotDecision Conflicts(Phrase why) => new([], Conflict: why);

    public static LotDecision Invalid(string field, Phrase error) => new([], Field: field, Error: error);
}

/// <summary>Who decides, why and when (the day, Mexico City).</summary>
public sealed record DecisionBy(string Operator, string Reason, DateOnly Today);
