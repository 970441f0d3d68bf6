namespace Reconciliation.Domain;

/// <summary>
/// A stream's events, declared once: for each event type, how it changes the state (the first one creates it) and,
/// where the stream has one, the business date that decides what "as of" a date includes. The event store's
/// registration, the projection and the decisions' own folding all read it; an event it does not declare fails where
/// it is folded instead of being ignored.
/// </summary>
public sealed class StreamDeclaration<TState>
    where TState : class
{
    private readonly string _name;
    private readonly Dictionary<Type, Event> _byType;

    public StreamDeclaration(string name, params Event[] events)
    {
        _name = name;
        _byType = events.ToDictionary(e => e.Type);
        EventTypes = events.Select(e => e.Type).ToList();
    }

    /// <summary>Every event type of the stream, in the order declared (the one that starts it first).</summary>
    public IReadOnlyList<Type> EventTypes { get; }

    public static Event Of<T>(Func<TState?, T, TState> apply, Func<T, DateOnly?>? on = null) =>
        new(typeof(T), e => on?.Invoke((T)e), (s, e) => apply(s, (T)e));

    /// <summary>The business date of an event (null: none, it changes no answer "as of" a date).</summary>
    public DateOnly? DateOf(object e) => Find(e).On(e);

    /// <summary>The state after one event; an event before the one that starts the stream is refused.</summary>
    public TState Apply(TState? state, object e)
    {
        if (state is null && e.GetType() != EventTypes[0])
            throw new InvalidOperationException($"{e.GetType().Name} came before the {_name}'s {EventTypes[0].Name}.");
        return Find(e).Apply(state, e);
    }

    private Event Find(object e) =>
        _byType.TryGetValue(e.GetType(), out var declared)
            ? declared
            : throw new UnknownEventException(_name, e.GetType());

    public sealed record Event(Type Type, Func<object, DateOnly?> On, Func<TState?, object, TState> Apply);
}

/// <summary>An event reached a stream whose declaration does not list it.</summary>
public sealed class UnknownEventException(string stream, Type type)
    : InvalidOperationException(
        $"{type.Name} is not an event of the {stream}'s stream: declare it with the stream's other events."
    );
