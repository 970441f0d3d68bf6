namespace Reconciliation.Domain.Statements;

/// <summary>A booked balance: signed amount (negative when the account is overdrawn) on a date.</summary>
public sealed record Balance(decimal Amount, string? Currency, DateOnly? Date);
