using Marten;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Statements;
using Reconciliation.Domain.Statements.Import;
using Reconciliation.Domain.Words;

namespace Reconciliation.Jobs.Statements;

/// <summary>The same credit through another door (a notification, another format): a sighting or a confirmation of the
/// deposit already recorded.</summary>
internal sealed partial class BatchCredits
{
    /// <summary>Another door's line of a recorded deposit: kept on its stream for audit, with what it adds; confirms it
    /// when it can.</summary>
    private void Sighting(
        Deposit deposit,
        StatementLine line,
        CreditCounts counts,
        List<Deposit> confirmations,
        Dictionary<string, Deposit> known
    )
    {
        var sighted = new DepositSighted(
            deposit.Id,
            file.Id,
            line.Position,
            line.Location,
            line.Raw,
            line.TrackingKey,
            line.PayerName,
            line.RunTogether,
            line.PayerAccount
        );
        known[deposit.Id] = Record(deposit, sighted);
        counts.Sightings++;
        counts.SightingTotal += line.Amount;
        Confirms(known[deposit.Id], line, counts, confirmations, known);
    }

    private bool Confirms(
        Deposit deposit,
        StatementLine line,
        CreditCounts counts,
        List<Deposit> confirmations,
        Dictionary<string, Deposit> known
    )
    {
        if (deposit is not { Provisional: true } || format.IsProvisional())
            return false;
        if (line.Amount != deposit.Amount)
            counts.Problems = counts.Problems.Add(
                ImportProblem.Of(line.Location, new Phrase("booked-differs", line.Amount, deposit.Amount), fatal: false)
            );
        known[deposit.Id] = Record(deposit, new DepositConfirmed(deposit.Id, file.Id, line.Position, line.Amount));
        confirmations.Add(known[deposit.Id]);
        counts.Confirmed++;
        counts.ConfirmedTotal += line.Amount;
        return true;
    }

    /// <summary>
    /// The new lines that other files already described, resolved against the deposits of their bucket (value date,
    /// amount, sending participant) recorded from other files, read in one query over the bucket index.
    /// </summary>
    private async Task<Dictionary<string, Resolution>> OtherDoorsAsync(
        IReadOnlyList<PendingCredit> fresh,
        CancellationToken ct
    )
    {
        var buckets = fresh.Select(c => c.Line.Traits.Bucket).OfType<string>().Distinct().ToArray();
        if (buckets.Length == 0)
            return [];
        var recorded = await session
            .Query<Deposit>()
            // A possible duplicate stays a candidate: a line that describes it is a sighting of it, and waits with it
            // for the operator (counting the line would count the credit twice once the operator counts the held
            // deposit).
            .Where(d =>
                d.Bucket.IsOneOf(buckets) && d.StatementFileId != file.Id && d.Status != DepositStatus.Duplicate
            )
            .ToListAsync(ct);
        if (recorded.Count == 0)
            return [];
        var byBucket = recorded.ToLookup(d => d.Bucket);
        var resolved = new Dictionary<string, Resolution>();
        foreach (var credit in fresh.Where(c => c.Line.Traits.Bucket is { } b && byBucket.Contains(b)))
        {
            var candidates = byBucket[credit.Line.Traits.Bucket];
            resolved[credit.Key] = CreditIdentity.Resolve(credit.Line.Traits, candidates.Select(d => (d.Id, d.Traits)));
        }
        return resolved;
    }
}
