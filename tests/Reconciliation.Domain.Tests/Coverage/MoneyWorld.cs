using System.Text.Json;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Tests.Fees;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Tests.Coverage;

/// <summary>One step of a generated history of two workers' money.</summary>
public abstract record MoneyStep
{
    /// <summary>A credit arrives: <see cref="Kind"/> picks exact 1/6/12 fees, under, over, a part, or what completes
    /// the credit held.</summary>
    public sealed record Deposit(int Worker, int Kind, int Centavos, int DaysLater, int Lag, bool Provisional)
        : MoneyStep;

    /// <summary>A statement confirms a notified credit; now and then at another amount than notified.</summary>
    public sealed record Confirm(int Pick, int Cents = 0) : MoneyStep;

    /// <summary>An operator decision on one lot: apply (whole months / a named month), refund, keep, split (to a month
    /// / to the other worker).</summary>
    public sealed record Decide(int Worker, int Pick, int Action, bool RefundRest) : MoneyStep;

    public sealed record Reverse(int Pick, int DaysLater) : MoneyStep;

    public sealed record Withdraw(int Worker, int DaysAgo = 0) : MoneyStep;

    /// <summary>The worker declares a new income (in pesos; 0 keeps it) and/or the other zone, from a month some months
    /// ahead.</summary>
    public sealed record DeclareIncome(int Worker, int Income, bool OtherZone, int MonthsAhead) : MoneyStep;
}

/// <summary>
/// Two workers and the decisions of the domain applied to generated steps, as the application applies them: every event
/// kept per worker, every credit received kept with the part of it that is money (confirmed). What the properties
/// check.
/// </summary>
public sealed class MoneyWorld
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly FeeCalculator _fees = FeeSchedules.Calculator;
    private readonly CoveragePolicy _policy = CoveragePolicy.Default;
    private readonly WorkerEnrolled[] _enrolled;

    public MoneyWorld()
    {
        _enrolled =
        [
            Enrollment("12345678903", new DateOnly(2025, 11, 20)),
            Enrollment("01988012348", new DateOnly(2025, 12, 2)),
        ];
        States = _enrolled.Select(WorkerCoverage.From).ToArray();
        Events =
        [
            [],
            [],
        ];
        Today = new DateOnly(2025, 12, 5);
    }

    public WorkerCoverage[] States { get; }
    public List<object>[] Events { get; }
    public DateOnly Today { get; private set; }

    /// <summary>Every credit received: its id, worker, amount, and whether a statement has made it money.</summary>
    public List<(string Id, int Worker, decimal Amount, bool Money)> Credits { get; } = [];

    public IEnumerable<object> History(int worker) => Events[worker].Prepend(_enrolled[worker]);

    private static WorkerEnrolled Enrollment(string nss, DateOnly on) =>
        new(
            Nss.Parse(nss),
            Curp.Parse("HEGG560427MVZRRL04"),
            Rfc.Parse("GODE561231GR8"),
            "w@example.com",
            "Worker",
            Zone.General,
            1m,
            Periodicity.Monthly,
            [],
            on,
            Language.Spanish
        );

    private void Record(int worker, IEnumerable<object> events)
    {
        foreach (var e in events)
        {
            States[worker] = States[worker].Evolve(e);
            Events[worker].Add(e);
        }
    }

    public void Apply(MoneyStep step)
    {
        switch (step)
        {
            case MoneyStep.Deposit d:
                Deposit(d);
                break;
            case MoneyStep.Confirm c:
                Confirm(c);
                break;
            case MoneyStep.Decide d:
                Decide(d);
                break;
            case MoneyStep.Reverse r:
                Reverse(r);
                break;
            case MoneyStep.DeclareIncome i:
                var state = States[i.Worker];
                var zone = i.OtherZone
                    ? (state.IncomeFor(CoverageMonth.Of(Today)).Zone == Zone.General ? "northern-border" : "general")
                    : null;
                var decision = IncomeChanges.Declare(
                    state,
                    new DeclareIncome(
                        i.Income > 0 ? i.Income : null,
                        zone,
                        CoverageMonth.Of(Today).Plus(i.MonthsAhead).ToString(),
                        "generated"
                    ),
                    "ana",
                    Today,
                    _fees,
                    _policy
                );
                Record(i.Worker, decision.Events);
                break;
            case MoneyStep.Withdraw w:
                var on = Today.AddDays(-w.DaysAgo);
                Take(
                    w.Worker,
                    WithdrawalDecisions.Withdraw(
                        States[w.Worker],
                        on < States[w.Worker].EnrolledOn ? Today : on,
                        By,
                        DateTimeOffset.UnixEpoch
                    )
                );
                break;
        }
    }

    private DecisionBy By => new("ana", "generated", Today);

    private void Deposit(MoneyStep.Deposit d)
    {
        Today = Today.AddDays(d.DaysLater);
        var worker = States[d.Worker];
        var v = Today.AddDays(-d.Lag);
        if (v < worker.EnrolledOn)
            v = worker.EnrolledOn;
        // The fee the worker should pay for the first month this would pay (their income in force for it).
        var fee = Grants.FeeOptions(worker, v, _fees, _policy)[0].Fee;
        var cents = d.Centavos / 100m;
        var amount = (d.Kind % 8) switch
        {
            0 => fee,
            1 => 6 * fee,
            2 => 12 * fee,
            3 => Math.Max(0.01m, fee - cents),
            4 => fee + cents,
            5 => Math.Max(0.01m, Math.Round(fee * (d.Centavos % 90 + 5) / 100m, 2)),
            6 => worker.UnappliedCredit is > 0 and var held && held < fee ? fee - held : fee,
            _ => 6 * fee - cents,
        };
        var id = $"D{Credits.Count + 1}";
        Credits.Add((id, d.Worker, amount, !d.Provisional));
        var payment = new PaymentReceived(
            worker.Nss,
            id,
            amount,
            v,
            $"PAGO {worker.Id}",
            id,
            MatchMethod.Automatic,
            true,
            Provisional: d.Provisional
        );
        Record(d.Worker, CoverageDecisions.Pay(worker, payment, _fees, _policy));
    }

    private void Confirm(MoneyStep.Confirm c)
    {
        var waiting = Credits.Select((credit, i) => (credit, i)).Where(x => !x.credit.Money).ToList();
        if (waiting.Count == 0)
            return;
        var (credit, index) = waiting[c.Pick % waiting.Count];
        var booked = c.Cents % 4 == 1 ? Math.Max(0.01m, credit.Amount - c.Cents / 100m) : credit.Amount;
        var events = CoverageDecisions.Confirm(States[credit.Worker], credit.Id, booked, Guid.Empty, _fees, _policy);
        if (events.Count > 0)
            Credits[index] = credit with { Amount = booked, Money = true };
        Record(credit.Worker, events);
    }

    private void Decide(MoneyStep.Decide d)
    {
        var worker = States[d.Worker];
        // Sometimes a lot that is no longer held: the decision must be refused and change nothing.
        var ids = worker.Credits.Select(c => c.DepositId).Concat(worker.ClosedLots.Select(c => c.DepositId)).ToList();
        if (ids.Count == 0)
            return;
        var id = ids[d.Pick % ids.Count];
        var lot = worker.Lot(id);
        var month = worker.FirstUnpaid ?? _policy.FirstPayableOn(lot?.ValueDate ?? Today);
        var half = lot is null ? 1m : Math.Max(0.01m, Math.Round(lot.Amount / 2, 2));
        var other = 1 - d.Worker;
        var decision = (d.Action % 6) switch
        {
            0 => HeldCreditDecisions.Apply(worker, id, null, By, _fees, _policy),
            1 => HeldCreditDecisions.Apply(worker, id, month, By, _fees, _policy),
            2 => HeldCreditDecisions.Refund(worker, id, By, null, null),
            3 => HeldCreditDecisions.Keep(worker, id, By),
            4 => HeldCreditDecisions.Split(worker, id, half, month, null, d.RefundRest, By, _fees, _policy),
            _ => HeldCreditDecisions.Split(worker, id, half, null, States[other].Nss, d.RefundRest, By, _fees, _policy),
        };
        if (lot is null)
            Assert.False(decision.Taken, $"a decision on lot {id}, no longer held, was taken");
        if (!decision.Taken)
        {
            Assert.Empty(decision.Events);
            return;
        }
        Take(d.Worker, decision);
        if (decision.Events.OfType<CreditTransferred>().SingleOrDefault() is { } moved)
        {
            var payment = new PaymentReceived(
                States[other].Nss,
                id,
                moved.Amount,
                lot!.ValueDate,
                null,
                id,
                MatchMethod.Transfer,
                true,
                ReceivedOn: moved.On
            );
            Record(other, CoverageDecisions.Pay(States[other], payment, _fees, _policy));
        }
    }

    private void Take(int worker, LotDecision decision)
    {
        if (decision.Taken)
            Record(worker, decision.Events);
    }

    private void Reverse(MoneyStep.Reverse r)
    {
        if (Credits.Count == 0)
            return;
        Today = Today.AddDays(r.DaysLater);
        var (id, _, _, _) = Credits[r.Pick % Credits.Count];
        // The bank takes it back from every worker who holds part of it.
        for (var w = 0; w < States.Length; w++)
            if (Events[w].OfType<PaymentReceived>().Any(p => p.DepositId == id))
                Record(w, ReversalDecisions.Reverse(States[w], id, Today, "E", _fees, _policy));
    }

    /// <summary>A worker's state as JSON, to compare a state folded step by step with one rebuilt from the
    /// events.</summary>
    public static string Snapshot(WorkerCoverage state) => JsonSerializer.Serialize(state, Json);
}
