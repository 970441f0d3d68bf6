namespace Reconciliation.Domain.Statements.Import;

/// <summary>A problem of an imported file as the report shows it.</summary>
public sealed record ImportProblem(string Location, string Reason, bool Fatal);
