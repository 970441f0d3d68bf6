namespace Reconciliation.Domain.Coverage;

/// <summary>
/// A deposit was matched to the worker (automatically by the NSS in its reference, or by an
/// operator): the worker's stream records it before any decision about what it pays.
/// </summary>
public sealed record PaymentReceived(
    string Nss,
    string DepositId,
    decimal Amount,
    DateOnly ValueDate,
    string? Concept,
    string? TrackingKey,
    string Method,
    bool ReferenceClean,
    string? Operator = null,
    string? Reason = null)
{
    public const string Automatic = "automatic";
    public const string ByOperator = "operator";
}
