using System.Text.Json.Serialization;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Words;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// A worker's coverage as the stream makes it: the payments applied and the months they cover, the lots of
/// held credit, provisional payments, open flags and the money ledger. Rebuilt by pure functions; the read
/// model behind the coverage API and the state the coverage decisions start from. Month lists are also kept
/// as <c>YYYY-MM</c> text so the database can query them.
/// </summary>
public sealed partial record WorkerCoverage : IStreamVersioned
{
    /// <summary>The version of the worker's stream this state is at (set by the event store): appends expect it,
    /// without reading it again.</summary>
    public long Version { get; init; }

    /// <summary>The worker's NSS as text: the stream's key and the document's identity.</summary>
    public string Id { get; init; } = "";

    /// <summary>The worker's NSS, typed (the identity is stored as text, as the event store keys streams).</summary>
    [JsonIgnore]
    public Nss Nss => Nss.Parse(Id);

    public string Name { get; init; } = "";
    public string Email { get; init; } = "";
    public Language Language { get; init; }
    public Zone Zone { get; init; }
    public decimal MonthlyIncome { get; init; }
    public Periodicity Periodicity { get; init; }
    public DateOnly EnrolledOn { get; init; }
    public IReadOnlyList<Payment> Payments { get; init; } = [];

    /// <summary>The lots of held credit, one per deposit.</summary>
    public IReadOnlyList<HeldCredit> Credits { get; init; } = [];

    /// <summary>What became of each lot no longer held.</summary>
    public IReadOnlyList<LotOutcome> ClosedLots { get; init; } = [];

    /// <summary>Payments announced by a notification and not yet confirmed by a statement: not money yet.</summary>
    public IReadOnlyList<HeldCredit> ProvisionalPayments { get; init; } = [];
    public IReadOnlyList<OpenFlag> Flags { get; init; } = [];
    public IReadOnlyList<string> ReversedDepositIds { get; init; } = [];
    public bool Withdrawn { get; init; }
    public DateOnly? WithdrawnOn { get; init; }

    /// <summary>
    /// The latest business date of the stream's facts. A fact that arrives late (a deposit whose value date is before
    /// it) is recorded as of this date, not before: what the stream said of any earlier date stays as it was.
    /// </summary>
    public DateOnly DecidedThrough { get; init; }

    // The money ledger: matched = applied + held + refunded + reversed + transferred, to the centavo.
    public decimal Matched { get; init; }
    public decimal Refunded { get; init; }
    public decimal Reversed { get; init; }
    public decimal Transferred { get; init; }

    // Derived (see Derive): for queries by status, and the ledger's applied and held.
    public IReadOnlyList<string> CoveredMonths { get; init; } = [];
    public IReadOnlyList<string> Gaps { get; init; } = [];
    public string? FirstCovered { get; init; }
    public string? PaidThrough { get; init; }
    public decimal Applied { get; init; }
    public decimal UnappliedCredit { get; init; }
    public decimal? LastMonthlyFee { get; init; }

    /// <summary>The fee last quoted or paid: what an exact deposit of this worker is expected to be.</summary>
    public decimal? ExpectedMonthlyFee { get; init; }

    /// <summary>New incomes and zones the worker declared after the enrollment, each in force from its month
    /// on.</summary>
    public List<IncomeDeclaration> IncomeChanges { get; init; } = [];

    public static WorkerCoverage From(WorkerEnrolled e) =>
        new()
        {
            Id = e.Nss.Value,
            Name = e.Name,
            Email = e.Email,
            Language = e.Language,
            Zone = e.Zone,
            MonthlyIncome = e.MonthlyIncome,
            Periodicity = e.Periodicity,
            EnrolledOn = e.EnrolledOn,
            DecidedThrough = e.EnrolledOn,
        };

    public WorkerCoverage With(FeeQuoted e) => this with { ExpectedMonthlyFee = e.MonthlyFee };

    public WorkerCoverage With(PaymentReceived e) =>
        e.Provisional
            ? this with
            {
                ProvisionalPayments =
                [
                    .. ProvisionalPayments,
                    new HeldCredit(e.DepositId, e.Amount, e.ValueDate, e.On),
                ],
            }
            : this with
            {
                Matched = Matched + e.Amount,
            };

    public WorkerCoverage With(PaymentConfirmed e) =>
        this with
        {
            ProvisionalPayments = ProvisionalPayments.Where(p => p.DepositId != e.DepositId).ToList(),
            Matched = Matched + e.Amount,
        };

    public WorkerCoverage With(CoverageGranted e)
    {
        var parts = e.Parts
            ?? e.DepositIds.Select(d => new LotPart(d, e.DepositIds.Count == 1 ? e.Amount : 0m, e.ValueDate)).ToList();
        var payment = new Payment(
            e.PaymentId,
            e.DepositIds,
            e.ValueDate,
            e.Amount,
            e.MonthCount,
            e.MonthlyFee,
            e.Months,
            parts,
            e.Pinned,
            e.DecidedOn
        );
        var index = Payments.ToList().FindIndex(p => p.PaymentId == e.PaymentId);
        var payments =
            index < 0 ? [.. Payments, payment] : Payments.Select((p, i) => i == index ? payment : p).ToList();
        var derived = Derive(
            this with
            {
                Payments = payments,
                LastMonthlyFee = e.MonthlyFee,
                ExpectedMonthlyFee = e.MonthlyFee,
            }
        );
        // The next deposit is expected at the fee of the next month: when the income in force for it is not the one
        // this payment was priced at (a declaration took effect in between), it is the declaration's.
        return
            derived.FirstUnpaid is { } next
            && e.Months.Count > 0
            && derived.DeclarationFor(next) is { MonthlyFee: > 0 } change
            && derived.IncomeFor(next) != derived.IncomeFor(e.Months.Min())
            ? derived with
            {
                ExpectedMonthlyFee = change.MonthlyFee,
            }
            : derived;
    }

    public WorkerCoverage With(CoverageRevoked e) =>
        Derive(this with { Payments = Payments.Where(p => p.PaymentId != e.PaymentId).ToList() });

    public WorkerCoverage With(PaymentFlagged e) =>
        this with
        {
            Flags = [.. Flags, new OpenFlag(e.FlagId, e.DepositId, e.Kind, e.Detail, e.On, e.DetailPhrase)],
        };

    public WorkerCoverage With(CreditHeld e)
    {
        var lot = Lot(e.DepositId) is { } held
            ? held with
            {
                Amount = held.Amount + e.Amount,
                HeldSince = Max(held.HeldSince, e.On),
                Kept = false,
            }
            : new HeldCredit(e.DepositId, e.Amount, e.ValueDate, e.On);
        return Derive(
            this with
            {
                Credits = [.. Credits.Where(c => c.DepositId != e.DepositId), lot],
                ClosedLots = ClosedLots.Where(c => c.DepositId != e.DepositId).ToList(),
            }
        );
    }

    public WorkerCoverage With(CreditApplied e) =>
        (e.Lots ?? []).Aggregate(this, (state, part) =>
            state.TakeFromLot(
                part.DepositId,
                part.Amount,
                new("lot-applied", new Word(e.How.Name()), e.PaymentId),
                e.On
            )
        );

    public WorkerCoverage With(CreditRefunded e) =>
        TakeFromLot(e.DepositId, e.Amount, new("lot-refunded", e.Operator, e.Reason), e.On) with
        {
            Refunded = Refunded + e.Amount,
        };

    public WorkerCoverage With(CreditKept e) =>
        this with
        {
            Credits = Credits.Select(c => c.DepositId == e.DepositId ? c with { Kept = true } : c).ToList(),
        };

    public WorkerCoverage With(CreditTransferred e) =>
        TakeFromLot(e.DepositId, e.Amount, new("lot-transferred", e.ToNss, e.Operator, e.Reason), e.On) with
        {
            Transferred = Transferred + e.Amount,
        };

    public WorkerCoverage With(DepositReversed e)
    {
        var state = Lot(e.DepositId) is { } lot
            ? TakeFromLot(e.DepositId, lot.Amount, new("reversed-by-bank"), e.ReversedOn)
            : this;
        return state with
        {
            ReversedDepositIds = [.. ReversedDepositIds, e.DepositId],
            ProvisionalPayments = ProvisionalPayments.Where(p => p.DepositId != e.DepositId).ToList(),
            Reversed = Reversed + e.Amount,
        };
    }

    public WorkerCoverage With(WorkerWithdrawn e) => this with { Withdrawn = true, WithdrawnOn = e.On };

    /// <summary>One fact of the stream applied to the state (<see cref="WorkerStream"/>): the decisions fold their own
    /// events with it.</summary>
    public WorkerCoverage Evolve(object e) => WorkerStream.Evolve(this, e);

    public WorkerCoverage With(ContactDetailsChanged e) =>
        this with
        {
            Email = e.Email ?? Email,
            Language = e.Language ?? Language,
            Name = e.Name ?? Name,
        };

    public WorkerCoverage With(IncomeDeclared e) =>
        this with
        {
            IncomeChanges =
            [
                .. IncomeChanges,
                new IncomeDeclaration(e.EffectiveFrom, e.MonthlyIncome, e.Zone, e.RecordedOn, e.MonthlyFee),
            ],
        };

    /// <summary>Takes an amount from a lot; a lot emptied is closed with what happened to it, and its amount flags with
    /// it.</summary>
    private WorkerCoverage TakeFromLot(string depositId, decimal amount, Phrase what, DateOnly on)
    {
        if (Lot(depositId) is not { } lot)
            return this;
        var rest = lot.Amount - amount;
        if (rest > 0)
            return Derive(
                this with
                {
                    Credits = Credits.Select(c => c.DepositId == depositId ? c with { Amount = rest } : c).ToList(),
                }
            );
        return Derive(
            this with
            {
                Credits = Credits.Where(c => c.DepositId != depositId).ToList(),
                ClosedLots =
                [
                    .. ClosedLots.Where(c => c.DepositId != depositId),
                    new LotOutcome(depositId, what.ToString(), on, what),
                ],
                Flags = Flags.Where(f => !(f.DepositId == depositId && f.Kind.IsHeldCredit())).ToList(),
            }
        );
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static WorkerCoverage Derive(WorkerCoverage w)
    {
        var months = w.Payments.SelectMany(p => p.Months).Distinct().Order().ToList();
        var gaps = new List<string>();
        for (var i = 1; i < months.Count; i++)
        for (var m = months[i - 1].Next; m < months[i]; m = m.Next)
            gaps.Add(m.ToString());
        return w with
        {
            CoveredMonths = months.Select(m => m.ToString()).ToList(),
            FirstCovered = months.Count > 0 ? months[0].ToString() : null,
            PaidThrough = months.Count > 0 ? months[^1].ToString() : null,
            Gaps = gaps,
            Applied = w.Payments.Sum(p => p.Amount),
            UnappliedCredit = w.Credits.Sum(c => c.Amount),
        };
    }
}
