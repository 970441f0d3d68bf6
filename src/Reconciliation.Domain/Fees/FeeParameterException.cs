namespace Reconciliation.Domain.Fees;

/// <summary>The fee parameter file is unreadable or inconsistent, or has no figures for a date.</summary>
public sealed class FeeParameterException(string message) : Exception(message);
