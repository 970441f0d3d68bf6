namespace Reconciliation.Domain.Notices;

/// <summary>The alerts of DOMAIN.md §8.</summary>
public static class NoticeKind
{
    /// <summary>Before the recommended day, next month unpaid.</summary>
    public const string Reminder = "reminder";

    /// <summary>After the recommended day: pay by the deadline to keep coverage.</summary>
    public const string Late = "late";

    /// <summary>After the deadline: coverage ends with this month; how to resume.</summary>
    public const string Lapse = "lapse";

    /// <summary>A deposit of another amount than expected is held.</summary>
    public const string Amount = "amount";
}
