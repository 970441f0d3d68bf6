namespace Reconciliation.Api.Exceptions;

/// <summary>The kinds of items in the operators' queue.</summary>
public static class ExceptionKind
{
    /// <summary>A deposit no single enrolled worker could be read from.</summary>
    public const string Suspense = "suspense";
    /// <summary>A deposit that is not exactly 1, 6 or 12 monthly fees: held as credit.</summary>
    public const string Amount = "amount";
    /// <summary>A reversal on a statement whose deposit was not found.</summary>
    public const string Reversal = "reversal";

    public static readonly string[] All = [Suspense, Amount, Reversal];
}
