namespace Reconciliation.Domain.Workers;

/// <summary>The bad fields of a form, each with every reason it is refused: what a 400 names, field by field.</summary>
public sealed class FieldErrors : Dictionary<string, string[]>
{
    public void Fail(string field, string reason) =>
        this[field] = TryGetValue(field, out var existing) ? [.. existing, reason] : [reason];

    /// <summary>Every change of a worker's record says why.</summary>
    public void RequireReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            Fail("reason", "a change of a worker's record needs a reason");
    }
}
