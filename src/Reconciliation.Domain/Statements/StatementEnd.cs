namespace Reconciliation.Domain.Statements;

/// <summary>The end of a statement, with its closing booked balance when the format has one.</summary>
public sealed record StatementEnd(int Ordinal, Balance? Closing, string? AdditionalInformation) : StatementItem;
