using System.Text.Json;
using Reconciliation.Domain.Coverage;

namespace Reconciliation.Domain.Tests.Decisions;

/// <summary>
/// Given the events of a worker's stream, when a decision is taken on the state they fold to, then exactly these
/// events, or this refusal. Events are compared by type and content (their JSON), lists included.
/// </summary>
public sealed class Spec
{
    private readonly IReadOnlyList<object> _given;
    private Func<WorkerCoverage, LotDecision>? _when;

    private Spec(IReadOnlyList<object> given) => _given = given;

    public static Spec Given(params object[] events) => new(events);

    public Spec When(Func<WorkerCoverage, LotDecision> decide)
    {
        _when = decide;
        return this;
    }

    public void Then(params object[] expected)
    {
        var decision = Decide();
        Assert.Null(decision.Conflict);
        Assert.Null(decision.Error);
        Assert.Equal(Described(expected), Described(decision.Events));
    }

    public void ThenConflict(string conflict) => Assert.Equal(conflict, Decide().Conflict?.ToString());

    public void ThenInvalid(string field, string error)
    {
        var decision = Decide();
        Assert.Empty(decision.Events);
        Assert.Equal((field, error), (decision.Field, decision.Error?.ToString()));
    }

    private LotDecision Decide()
    {
        var state = _given.Aggregate((WorkerCoverage?)null, WorkerStream.Evolve)
            ?? throw new InvalidOperationException("Given no events: a decision needs an enrolled worker.");
        return (_when ?? throw new InvalidOperationException("When is missing."))(state);
    }

    private static List<string> Described(IEnumerable<object> events) =>
        events.Select(e => $"{e.GetType().Name} {JsonSerializer.Serialize(e, e.GetType())}").ToList();
}
