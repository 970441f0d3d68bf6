using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// A worker's coverage as the stream makes it: the payments applied and the months they cover,
/// held credit, open flags. Rebuilt by pure functions; the read model behind the coverage API and the
/// state the coverage decisions start from. Month lists are also kept as <c>YYYY-MM</c> text so the
/// database can query them.
/// </summary>
public sealed record WorkerCoverage : IStreamVersioned
{
    /// <summary>The version of the worker's stream this state is at (set by the event store): appends expect it, without reading it again.</summary>
    public long Version { get; init; }

    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Email { get; init; } = "";
    public Language Language { get; init; }
    public Zone Zone { get; init; }
    public decimal MonthlyIncome { get; init; }
    public Periodicity Periodicity { get; init; }
    public DateOnly EnrolledOn { get; init; }
    public IReadOnlyList<Payment> Payments { get; init; } = [];
    public IReadOnlyList<HeldCredit> Credits { get; init; } = [];
    public IReadOnlyList<OpenFlag> Flags { get; init; } = [];
    /// <summary>Every deposit received for the worker, with its amount (a combined payment undone by a reversal gives the others back as they were).</summary>
    public IReadOnlyList<HeldCredit> Receipts { get; init; } = [];
    public IReadOnlyList<string> ReversedDepositIds { get; init; } = [];
    public bool Withdrawn { get; init; }

    // Derived from the payments (see Derive): for queries by status.
    public IReadOnlyList<string> CoveredMonths { get; init; } = [];
    public IReadOnlyList<string> Gaps { get; init; } = [];
    public string? FirstCovered { get; init; }
    public string? PaidThrough { get; init; }
    public decimal UnappliedCredit { get; init; }
    public decimal? LastMonthlyFee { get; init; }
    /// <summary>The fee last quoted or paid: what an exact deposit of this worker is expected to be.</summary>
    public decimal? ExpectedMonthlyFee { get; init; }

    public static WorkerCoverage Create(WorkerEnrolled e) => new()
    {
        Id = e.Nss.Value, Name = e.Name, Email = e.Email, Language = e.Language, Zone = e.Zone, MonthlyIncome = e.MonthlyIncome,
        Periodicity = e.Periodicity, EnrolledOn = e.EnrolledOn,
    };

    public WorkerCoverage Apply(FeeQuoted e) => this with { ExpectedMonthlyFee = e.MonthlyFee };

    public WorkerCoverage Apply(PaymentReceived e) => this with { Receipts = [.. Receipts, new HeldCredit(e.DepositId, e.Amount, e.ValueDate)] };

    public WorkerCoverage Apply(CoverageGranted e)
    {
        var payment = new Payment(e.PaymentId, e.DepositIds, e.ValueDate, e.Amount, e.MonthCount, e.MonthlyFee, e.Months);
        var index = Payments.ToList().FindIndex(p => p.PaymentId == e.PaymentId);
        var payments = index < 0 ? [.. Payments, payment] : Payments.Select((p, i) => i == index ? payment : p).ToList();
        return Derive(this with { Payments = payments, LastMonthlyFee = e.MonthlyFee, ExpectedMonthlyFee = e.MonthlyFee });
    }

    public WorkerCoverage Apply(CoverageRevoked e) => Derive(this with { Payments = Payments.Where(p => p.PaymentId != e.PaymentId).ToList() });

    public WorkerCoverage Apply(PaymentFlagged e) => this with { Flags = [.. Flags, new OpenFlag(e.FlagId, e.DepositId, e.Kind, e.Detail, e.On)] };

    public WorkerCoverage Apply(CreditHeld e) => Derive(this with { Credits = [.. Credits, new HeldCredit(e.DepositId, e.Amount, e.ValueDate)] });

    public WorkerCoverage Apply(CreditApplied e) => Derive(this with
    {
        Credits = Credits.Where(c => !e.DepositIds.Contains(c.DepositId)).ToList(),
        Flags = CloseAmountFlags(e.DepositIds),
    });

    public WorkerCoverage Apply(CreditRefunded e) => Derive(this with
    {
        Credits = Credits.Where(c => !e.DepositIds.Contains(c.DepositId)).ToList(),
        Flags = CloseAmountFlags(e.DepositIds),
    });

    public WorkerCoverage Apply(DepositReversed e) => Derive(this with
    {
        ReversedDepositIds = [.. ReversedDepositIds, e.DepositId],
        Credits = Credits.Where(c => c.DepositId != e.DepositId).ToList(),
        Flags = CloseAmountFlags([e.DepositId]),
    });

    /// <summary>One fact of the stream applied to the state (the decisions fold their own events with it).</summary>
    public WorkerCoverage Evolve(object e) => e switch
    {
        FeeQuoted x => Apply(x),
        PaymentReceived x => Apply(x),
        CoverageGranted x => Apply(x),
        CoverageRevoked x => Apply(x),
        PaymentFlagged x => Apply(x),
        CreditHeld x => Apply(x),
        CreditApplied x => Apply(x),
        CreditRefunded x => Apply(x),
        DepositReversed x => Apply(x),
        _ => this,
    };

    private IReadOnlyList<OpenFlag> CloseAmountFlags(IReadOnlyList<string> depositIds) =>
        Flags.Where(f => !(depositIds.Contains(f.DepositId) && f.Kind is FlagKind.Underpaid or FlagKind.Overpaid)).ToList();

    public IEnumerable<CoveredMonth> Months() => Payments
        .SelectMany(p => p.Months.Select(m => (Month: m, p.DepositIds)))
        .GroupBy(x => x.Month)
        .OrderBy(g => g.Key)
        .Select(g => new CoveredMonth(g.Key, g.SelectMany(x => x.DepositIds).Distinct().ToList()));

    public bool Covers(CoverageMonth month) => Payments.Any(p => p.Months.Contains(month));

    /// <summary>The month after the last paid one: what the next deposit pays first (null before any payment).</summary>
    public CoverageMonth? FirstUnpaid => PaidThrough is null ? null : CoverageMonth.Parse(PaidThrough).Next;

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
            UnappliedCredit = w.Credits.Sum(c => c.Amount),
        };
    }
}
