using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Tests.Fees;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Domain.Tests.Coverage;

/// <summary>Given a worker and deposits, when the decisions run, then these events and this state.</summary>
public sealed class CoverageScenario
{
    public const decimal Fee2026 = 1905.82m; // general zone, minimum wage, parameters from February 2026

    private readonly FeeCalculator _fees = FeeSchedules.Calculator;
    private readonly CoveragePolicy _policy;
    private int _deposit;

    public CoverageScenario(CoveragePolicy? policy = null, decimal monthlyIncome = 1m, DateOnly? enrolledOn = null)
    {
        _policy = policy ?? CoveragePolicy.Default;
        Enrolled = new WorkerEnrolled(
            Nss.Parse("12345678903"),
            Curp.Parse("HEGG560427MVZRRL04"),
            Rfc.Parse("GODE561231GR8"),
            "w@example.com",
            "Worker",
            Zone.General,
            monthlyIncome,
            Periodicity.Monthly,
            [],
            enrolledOn ?? new DateOnly(2026, 1, 12),
            Language.Spanish
        );
        State = WorkerCoverage.From(Enrolled);
    }

    public WorkerEnrolled Enrolled { get; }

    /// <summary>The worker's stream: the enrollment and every event since.</summary>
    public IEnumerable<object> History => Events.Prepend(Enrolled);

    public WorkerCoverage State { get; private set; }
    public List<object> Events { get; } = [];

    public IReadOnlyList<object> Pay(decimal amount, DateOnly valueDate, bool clean = true)
    {
        var payment = new PaymentReceived(
            State.Nss,
            $"D{++_deposit}",
            amount,
            valueDate,
            "PAGO IMSS 12345678903",
            $"K{_deposit}",
            MatchMethod.Automatic,
            clean
        );
        return Record(CoverageDecisions.Pay(State, payment, _fees, _policy));
    }

    public IReadOnlyList<object> PayProvisional(decimal amount, DateOnly valueDate)
    {
        var payment = new PaymentReceived(
            State.Nss,
            $"D{++_deposit}",
            amount,
            valueDate,
            "PAGO IMSS 12345678903",
            $"K{_deposit}",
            MatchMethod.Automatic,
            true,
            Provisional: true
        );
        return Record(CoverageDecisions.Pay(State, payment, _fees, _policy));
    }

    public IReadOnlyList<object> Confirm(string depositId, decimal? booked = null) =>
        Record(
            CoverageDecisions.Confirm(
                State,
                depositId,
                booked ?? State.ProvisionalPayments.FirstOrDefault(p => p.DepositId == depositId)?.Amount ?? 0m,
                Guid.Empty,
                _fees,
                _policy
            )
        );

    public IReadOnlyList<object> Reverse(string depositId, DateOnly on) =>
        Record(ReversalDecisions.Reverse(State, depositId, on, "E1", _fees, _policy));

    /// <summary>An operator applies a lot as the whole months it buys, or as a partial payment of a named
    /// month.</summary>
    public LotDecision Apply(string depositId, DateOnly today, CoverageMonth? month = null) =>
        Take(HeldCreditDecisions.Apply(State, depositId, month, By(today), _fees, _policy));

    public LotDecision Refund(string depositId, DateOnly today) =>
        Take(HeldCreditDecisions.Refund(State, depositId, By(today), null, null));

    public LotDecision Keep(string depositId, DateOnly today) =>
        Take(HeldCreditDecisions.Keep(State, depositId, By(today)));

    public LotDecision Split(
        string depositId,
        decimal amount,
        DateOnly today,
        CoverageMonth? month = null,
        Nss? toNss = null,
        bool refundRest = false
    ) => Take(HeldCreditDecisions.Split(State, depositId, amount, month, toNss, refundRest, By(today), _fees, _policy));

    public LotDecision Withdraw(DateOnly on, DateOnly today) =>
        Take(
            WithdrawalDecisions.Withdraw(
                State,
                on,
                By(today),
                new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            )
        );

    private static DecisionBy By(DateOnly today) => new("ana", "checked with the worker", today);

    private LotDecision Take(LotDecision decision)
    {
        if (decision.Taken)
            Record(decision.Events);
        return decision;
    }

    private IReadOnlyList<object> Record(IReadOnlyList<object> events)
    {
        foreach (var e in events)
            State = State.Evolve(e);
        Events.AddRange(events);
        return events;
    }

    public string[] Months => State.Months().Select(m => m.Month.ToString()).ToArray();

    public FlagKind[] Flags => State.Flags.Select(f => f.Kind).ToArray();

    public CoverageStatus StatusOn(int year, int month, int day) =>
        CoverageStatusRules.StatusOn(State, new DateOnly(year, month, day), _policy);
}
