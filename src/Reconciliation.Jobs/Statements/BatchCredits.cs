using System.Collections.Immutable;
using Marten;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Statements;
using Reconciliation.Domain.Statements.Import;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Matching;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// What a batch's credits become, each exactly once: a line whose natural key is recorded already repeats it (or
/// confirms it, when a notification announced it); a line another door already described is a sighting of that deposit,
/// never money; one that may be one of several is held as a possible duplicate for an operator; any other is a new
/// deposit, matched in the same transaction (docs/DOMAIN.md, *One credit through several doors*).
/// </summary>
internal sealed partial class BatchCredits(
    IDocumentSession session,
    EventStoreBatch batch,
    StatementFile file,
    StatementFormat format,
    DepositMatching matching,
    bool recogniseOtherDoors
)
{
    public async Task<CreditCounts> RecordAsync(
        IReadOnlyList<PendingCredit> credits,
        CreditCounts before,
        CancellationToken ct
    )
    {
        var counts = before with { };
        if (credits.Count == 0)
            return counts;
        var keys = credits.Select(d => d.Key).Distinct().ToArray();
        var known = (await batch.LoadManyAsync<Deposit>(session, keys, ct)).ToDictionary(d => d.Id);
        var fresh = credits.Where(c => !known.ContainsKey(c.Key)).ToList();
        var doors = recogniseOtherDoors ? await OtherDoorsAsync(fresh, ct) : [];
        // The deposits other doors' lines describe again, as this batch and the one committing meanwhile leave them.
        var described = doors
            .Values.Select(r => r.Same)
            .OfType<string>()
            .Where(id => !known.ContainsKey(id))
            .Distinct()
            .ToArray();
        foreach (var d in await batch.LoadManyAsync<Deposit>(session, described, ct))
            known[d.Id] = d;
        var received = new List<Deposit>();
        var confirmations = new List<Deposit>();
        var possible = new List<(Deposit Deposit, IReadOnlyList<string> Candidates)>();
        foreach (var (key, line, account) in credits)
        {
            if (known.TryGetValue(key, out var deposit))
            {
                Repeat(deposit, line, counts, confirmations, known);
                continue;
            }
            if (doors.GetValueOrDefault(key) is { } resolution && !resolution.IsNew)
            {
                if (resolution.Same is { } same && known.GetValueOrDefault(same) is { } original)
                {
                    Sighting(original, line, counts, confirmations, known);
                    continue;
                }
                possible.Add((NewDeposit(key, line, account, counts, known), resolution.Possible));
                counts.PossibleDuplicates++;
                continue;
            }
            received.Add(NewDeposit(key, line, account, counts, known));
        }
        // Matched (or suspended, or held) in this transaction: the deposit is written once, with what became of it.
        await matching.MatchAsync(session, batch, received, ct);
        await matching.HoldPossibleDuplicatesAsync(session, batch, possible, ct);
        await matching.ConfirmAsync(session, batch, confirmations, file.Id, ct);
        return counts;
    }

    private Deposit NewDeposit(
        string key,
        StatementLine line,
        string account,
        CreditCounts counts,
        Dictionary<string, Deposit> known
    )
    {
        var e = Received(key, line, account);
        batch.StartStream<Deposit>(key, e);
        counts.Deposits++;
        counts.DepositTotal += line.Amount;
        return known[key] = Deposit.From(e) with { Version = 1 };
    }

    /// <summary>A line whose natural key is recorded: a repeat, or the statement that confirms what a notification
    /// announced.</summary>
    private void Repeat(
        Deposit deposit,
        StatementLine line,
        CreditCounts counts,
        List<Deposit> confirmations,
        Dictionary<string, Deposit> known
    )
    {
        if (!Confirms(deposit, line, counts, confirmations, known))
        {
            counts.Duplicates++;
            counts.DuplicateTotal += line.Amount;
        }
    }

    /// <summary>An event on a deposit's stream and the document it leaves, at the next version.</summary>
    private Deposit Record(Deposit deposit, object e)
    {
        var after = e switch
        {
            DepositSighted s => deposit.With(s),
            DepositConfirmed c => deposit.With(c),
            _ => throw new ArgumentException($"not an event of a sighting: {e.GetType().Name}"),
        } with
        {
            Version = deposit.Version + 1,
        };
        batch.Append(deposit.Id, deposit.Version, e);
        batch.Store(deposit.Id, after);
        return after;
    }

    private DepositReceived Received(string key, StatementLine line, string account) =>
        new(
            key,
            line.Amount,
            line.Currency ?? ImportRules.Pesos,
            line.ValueDate ?? line.BookingDate!.Value,
            line.BookingDate,
            line.TrackingKey,
            line.SendingParticipant,
            line.PayerName,
            line.PayerAccount,
            line.Concept,
            line.FreeText,
            line.NumericReference,
            line.BankReference,
            account,
            file.Id,
            line.Position,
            line.Location,
            line.Raw,
            Provisional: format.IsProvisional(),
            RunTogether: line.RunTogether
        );
}
