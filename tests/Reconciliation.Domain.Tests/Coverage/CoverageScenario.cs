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
        State = WorkerCoverage.Create(new WorkerEnrolled(Nss.Parse("12345678903"), Curp.Parse("HEGG560427MVZRRL04"), Rfc.Parse("GODE561231GR8"),
            "w@example.com", "Worker", Zone.General, monthlyIncome, Periodicity.Monthly, [], enrolledOn ?? new DateOnly(2026, 1, 12), Language.Spanish));
    }

    public WorkerCoverage State { get; private set; }
    public List<object> Events { get; } = [];

    public IReadOnlyList<object> Pay(decimal amount, DateOnly valueDate, bool clean = true)
    {
        var payment = new PaymentReceived(State.Id, $"D{++_deposit}", amount, valueDate, "PAGO IMSS 12345678903", $"K{_deposit}", PaymentReceived.Automatic, clean);
        return Record(CoverageDecisions.Pay(State, payment, _fees, _policy));
    }

    public IReadOnlyList<object> Reverse(string depositId, DateOnly on, decimal amount = Fee2026) =>
        Record(CoverageDecisions.Reverse(State, new DepositReversed(State.Id, depositId, amount, on, "E1"), _policy));

    public IReadOnlyList<object> Accept(DateOnly today) =>
        Record(CoverageDecisions.AcceptCredit(State, "ana", "accepted", today, _fees, _policy));

    private IReadOnlyList<object> Record(IReadOnlyList<object> events)
    {
        foreach (var e in events) State = State.Evolve(e);
        Events.AddRange(events);
        return events;
    }

    public string[] Months => State.Months().Select(m => m.Month.ToString()).ToArray();

    public string[] Flags => State.Flags.Select(f => f.Kind).ToArray();

    public CoverageStatus StatusOn(int year, int month, int day) => CoverageStatusRules.StatusOn(State, new DateOnly(year, month, day), _policy);
}
