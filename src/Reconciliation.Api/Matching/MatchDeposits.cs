namespace Reconciliation.Api.Matching;

/// <summary>Match the unmatched deposits (of one statement file, or all) and apply the reversals of that file.</summary>
public sealed record MatchDeposits(Guid? StatementFileId);
