using Reconciliation.Domain.Matching;

namespace Reconciliation.Api.Exceptions;

/// <summary>
/// An item of the operators' queue: a deposit in suspense, a held amount, or a reversal without its
/// deposit. The decision taken on it is also an event on the deposit's and the worker's streams.
/// </summary>
public sealed class ExceptionItem
{
    public const string Open = "open";
    public const string Resolved = "resolved";


    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Status { get; set; } = Open;
    public string? DepositId { get; set; }
    public string? Nss { get; set; }
    public decimal Amount { get; set; }
    public DateOnly ValueDate { get; set; }
    public string? Concept { get; set; }
    public string Reason { get; set; } = "";
    public List<Suggestion> Suggestions { get; set; } = [];
    public List<string> Candidates { get; set; } = [];
    public List<string> NearNumbers { get; set; } = [];
    public decimal? Expected { get; set; }
    public decimal? Difference { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public ExceptionDecision? Decision { get; set; }
}
