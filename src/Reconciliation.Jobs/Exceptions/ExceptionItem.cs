using Reconciliation.Domain.Matching;
using Reconciliation.Domain.Words;

namespace Reconciliation.Jobs.Exceptions;

/// <summary>
/// An item of the operators' queue: a deposit in suspense, a lot of held credit, a reversal the system could not
/// apply, a notification never confirmed. The decisions taken on it are also events on the deposit's and the
/// worker's streams. An item that comes back (a lot held again after a reversal) is reopened, and keeps what was
/// decided before in <see cref="Earlier"/>.
/// </summary>
public sealed class ExceptionItem
{
    public string Id { get; set; } = "";
    public ExceptionKind Kind { get; set; }
    public ExceptionStatus Status { get; set; } = ExceptionStatus.Open;
    public string? DepositId { get; set; }
    public string? Nss { get; set; }
    public decimal Amount { get; set; }
    public DateOnly ValueDate { get; set; }
    public string? Concept { get; set; }
    public string Reason { get; set; } = "";

    /// <summary>The reason as a phrase, for a reader in another language (the console); null in items raised before
    /// it was kept.</summary>
    public Phrase? Why { get; set; }

    public List<Suggestion> Suggestions { get; set; } = [];
    public List<string> Candidates { get; set; } = [];
    public List<string> NearNumbers { get; set; } = [];
    public decimal? Expected { get; set; }
    public decimal? Difference { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public ExceptionDecision? Decision { get; set; }
    public List<ExceptionDecision> Earlier { get; set; } = [];

    /// <summary>A refund or split waiting for a second operator's approval, or null.</summary>
    public PendingApproval? Approval { get; set; }

    /// <summary>An item about a deposit: what the operator sees of it (amount, value date, concept) and why it is
    /// raised.</summary>
    public static ExceptionItem About(
        Domain.Deposits.Deposit deposit,
        string id,
        ExceptionKind kind,
        Phrase reason,
        DateTimeOffset raisedAt
    ) =>
        new()
        {
            Id = id,
            Kind = kind,
            DepositId = deposit.Id,
            Nss = deposit.Nss,
            Amount = deposit.Amount,
            ValueDate = deposit.ValueDate,
            Concept = deposit.Concept,
            Reason = reason.ToString(),
            Why = reason,
            RaisedAt = raisedAt,
        };

    /// <summary>The item of a worker's lot of held credit (one per worker and deposit: a deposit split to another
    /// worker is a lot of each).</summary>
    public static string LotId(string nss, string depositId) => $"{ExceptionKind.Amount.Name()}:{nss}:{depositId}";

    public static string SuspenseId(string depositId) => $"{ExceptionKind.Suspense.Name()}:{depositId}";

    public static string PossibleDuplicateId(string depositId) =>
        $"{ExceptionKind.PossibleDuplicate.Name()}:{depositId}";

    public void Resolve(ExceptionDecision decision)
    {
        if (Decision is { } earlier)
            Earlier.Add(earlier);
        Status = ExceptionStatus.Resolved;
        Decision = decision;
        Approval = null;
    }

    /// <summary>A decision on part of what the item is about (months applied from a lot, the rest above them): kept
    /// with the earlier decisions, and the item stays open with what is left.</summary>
    public void DecidePart(ExceptionDecision decision, decimal left)
    {
        Earlier.Add(decision);
        Amount = left;
        Approval = null;
    }

    /// <summary>Opens the item again (it was resolved, and what it is about is back), keeping the earlier
    /// decision.</summary>
    public void Reopen(string reason, DateTimeOffset at)
    {
        if (Decision is { } earlier)
            Earlier.Add(earlier);
        Decision = null;
        Approval = null;
        Status = ExceptionStatus.Open;
        Reason = reason;
        RaisedAt = at;
    }
}
