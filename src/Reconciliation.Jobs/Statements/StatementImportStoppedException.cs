namespace Reconciliation.Jobs.Statements;

/// <summary>A nightly run in which some file's import stopped on an error: the job fails, and Hangfire's retry resumes
/// it.</summary>
public sealed class StatementImportStoppedException(string message) : Exception(message);
