namespace Reconciliation.Jobs.Matching;

/// <summary>Apply the reversals of a statement file, once its deposits are matched and committed.</summary>
public sealed record ApplyReversals(Guid StatementFileId);
