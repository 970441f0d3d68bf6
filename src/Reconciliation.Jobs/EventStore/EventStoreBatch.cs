using Marten;
using Marten.Events;
using Reconciliation.Domain;

namespace Reconciliation.Jobs.EventStore;

/// <summary>
/// Appends to many event streams, and writes the documents projected from them, with a handful of
/// set-based statements queued in a Marten session: the same transaction, the same outbox, the same
/// rows as Marten's own append, but one statement per kind of row instead of one per stream and one
/// per document (75–78 µs each on the benchmark machine, docs/BENCHMARKS.md).
/// <para>
/// Marten's inline projections do not run for these streams: the caller writes each projected
/// document itself, computed with the projection's own functions (the domain's <c>Create</c>/<c>Apply</c>),
/// and a test rebuilds every projection from the events and compares. Streams written here stay
/// ordinary Marten streams: Marten reads them, appends to them and projects them afterwards.
/// </para>
/// <para>
/// Concurrency: an append names the stream version its caller read. The events' unique
/// (stream, version) index refuses an append that lost a race, a new stream's key refuses a second
/// start, and the whole transaction rolls back (<see cref="StreamConflicts"/> recognises both).
/// </para>
/// </summary>
public sealed partial class EventStoreBatch(IDocumentStore store)
{
    private readonly IReadOnlyStoreOptions _options = store.Options;
    private readonly EventGraph _events = (EventGraph)((StoreOptions)store.Options).Events;
    private readonly Dictionary<string, StreamWrite> _streams = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, Dictionary<string, (object Document, long Version)>> _documents = [];
    private readonly Dictionary<Type, Dictionary<string, (object Document, long Version)>> _inserts = [];

    private readonly Dictionary<(Type, string), object> _sessionWrites = [];

    /// <summary>
    /// The batch before this one while it is still being committed, so that this one can be prepared meanwhile:
    /// <see cref="LoadManyAsync{T}"/> reads what that batch writes from it, and the rest from the database.
    /// Set it only while this batch is being prepared (it would keep the batch before alive).
    /// </summary>
    public EventStoreBatch? Uncommitted { get; set; }

    /// <summary>Starts a stream; more events may be appended to it in the same batch.</summary>
    public void StartStream<TAggregate>(string key, params IEnumerable<object> events)
    {
        if (_streams.ContainsKey(key))
            throw new InvalidOperationException($"stream {key} is already written in this batch");
        _streams[key] = new StreamWrite(key, _events.AggregateAliasFor(typeof(TAggregate)), 0, [.. events]);
    }

    /// <summary>Appends to an existing stream read at <paramref name="expectedVersion"/> (or to one started or appended
    /// earlier in this batch).</summary>
    public void Append(string key, long expectedVersion, params IEnumerable<object> events)
    {
        if (_streams.TryGetValue(key, out var write))
        {
            if (write.Version != expectedVersion)
                throw new InvalidOperationException(
                    $"stream {key} is at version {write.Version} in this batch, not {expectedVersion}"
                );
            write.Events.AddRange(events);
        }
        else
        {
            _streams[key] = new StreamWrite(key, NewStreamType: null, expectedVersion, [.. events]);
        }
    }

    /// <summary>Writes (inserts or replaces) a state projected from a stream, at the stream version it carries; the
    /// last one stored for an id wins.</summary>
    public void Store<T>(string id, T document)
        where T : IStreamVersioned => Add(_documents, id, document, document.Version);

    /// <summary>Writes (inserts or replaces) a document projected from a stream that does not carry its version, at
    /// <paramref name="version"/>.</summary>
    public void Store<T>(string id, T document, long version)
        where T : notnull => Add(_documents, id, document, version);

    /// <summary>
    /// Inserts a new plain document (not projected from a stream: its version is Marten's own, left to the table).
    /// One with this id already in the database, another writer's, refuses the whole batch.
    /// </summary>
    public void Insert<T>(string id, T document)
        where T : notnull => Add(_inserts, id, document, 0);

    /// <summary>
    /// Notes a document this batch's caller writes through the session rather than this batch (one with optimistic
    /// concurrency, whose version the session and the database keep). This batch reads it as written; a batch prepared
    /// while this one commits cannot, and is prepared again once this one has committed.
    /// </summary>
    public void WrittenInSession<T>(string id, T document)
        where T : notnull => _sessionWrites[(typeof(T), id)] = document;

    /// <summary>
    /// True when this batch read a document the <see cref="Uncommitted"/> batch writes through its session: what it
    /// read is stale, and it must be prepared again once that batch has committed.
    /// </summary>
    public bool ReadStale { get; private set; }

    /// <summary>
    /// Documents by id as they stand once this batch and the <see cref="Uncommitted"/> one commit: the ones this batch
    /// writes as it writes them, the ones that batch writes as it writes them (copies, so that changing them changes
    /// nothing of that batch), the others from the database.
    /// </summary>
    public async Task<IReadOnlyList<T>> LoadManyAsync<T>(
        IQuerySession session,
        IReadOnlyCollection<string> ids,
        CancellationToken ct
    )
        where T : notnull
    {
        if (ids.Count == 0)
            return [];
        var found = new List<T>();
        var rest = new List<string>();
        foreach (var id in ids)
        {
            if (Mine<T>(id) is { } mine)
                found.Add(mine);
            else if (Uncommitted is { } uncommitted && uncommitted.Written<T>(id) is { } written)
                found.Add(Copy(written));
            else
                rest.Add(id);
            ReadStale |= Uncommitted is { } before && before._sessionWrites.ContainsKey((typeof(T), id));
        }
        if (rest.Count > 0)
            found.AddRange(await session.LoadManyAsync<T>(ct, rest));
        return found;
    }

    private T? Written<T>(string id)
        where T : notnull =>
        _documents.TryGetValue(typeof(T), out var stored) && stored.TryGetValue(id, out var document)
            ? (T)document.Document
        : _inserts.TryGetValue(typeof(T), out var inserted) && inserted.TryGetValue(id, out document)
            ? (T)document.Document
        : default;

    /// <summary>What this batch writes, through itself or through the session.</summary>
    private T? Mine<T>(string id)
        where T : notnull =>
        Written<T>(id) is { } written ? written
        : _sessionWrites.TryGetValue((typeof(T), id), out var document) ? (T)document
        : default;

    private T Copy<T>(T document)
        where T : notnull
    {
        var serializer = ((StoreOptions)_options).Serializer();
        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(serializer.ToJson(document)));
        return serializer.FromJson<T>(json);
    }

    private static void Add<T>(
        Dictionary<Type, Dictionary<string, (object, long)>> documents,
        string id,
        T document,
        long version
    )
        where T : notnull
    {
        if (!documents.TryGetValue(typeof(T), out var byId))
            documents[typeof(T)] = byId = new Dictionary<string, (object, long)>(StringComparer.Ordinal);
        byId[id] = (document, version);
    }
}
