namespace Reconciliation.Api.Exceptions;

/// <summary>Body of an operator's decision: the worker (for assign) and why.</summary>
public sealed record DecisionRequest(string? Nss, string? Reason);
