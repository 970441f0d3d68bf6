namespace Reconciliation.Jobs.Exceptions;

/// <summary>The kinds of items in the operators' queue.</summary>
public static class ExceptionKind
{
    /// <summary>A deposit no single enrolled worker could be read from.</summary>
    public const string Suspense = "suspense";

    /// <summary>A lot of held credit: an amount that is not exactly 1, 6 or 12 monthly fees, a part of a reversed
    /// payment, money after a withdrawal.</summary>
    public const string Amount = "amount";

    /// <summary>A reversal or return the system could not apply by itself: its deposit not found, or not one to take
    /// back.</summary>
    public const string Reversal = "reversal";

    /// <summary>A credit announced by a notification (camt.054) that no statement has confirmed in time.</summary>
    public const string Unconfirmed = "unconfirmed";

    /// <summary>A credit that may be one another door recorded already: same (nothing paid) or different (paid as its
    /// own)?</summary>
    public const string PossibleDuplicate = "possible-duplicate";

    public static readonly string[] All = [Suspense, Amount, Reversal, Unconfirmed, PossibleDuplicate];
}
