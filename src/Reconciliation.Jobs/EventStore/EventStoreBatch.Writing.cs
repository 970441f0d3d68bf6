using Marten;
using NpgsqlTypes;

namespace Reconciliation.Jobs.EventStore;

/// <summary>The batch written to Marten's tables in a few set-based statements, queued in the session's
/// transaction.</summary>
public sealed partial class EventStoreBatch
{
    /// <summary>Queues the statements in the session, in order (new streams, versions, events, documents); they run at
    /// its SaveChanges.</summary>
    public void QueueIn(IDocumentSession session)
    {
        var schema = _events.DatabaseSchemaName;
        var serializer = ((StoreOptions)_options).Serializer();
        var started = _streams.Values.Where(s => s.NewStreamType is not null && s.Events.Count > 0).ToList();
        if (started.Count > 0)
            session.QueueOperation(
                new SetBasedStatement(
                    $"insert into {schema}.mt_streams (id, type, version, timestamp, created, tenant_id) select "
                        + "u.id, u.type, u.version, now(), now(), '*DEFAULT*' from unnest(?, ?, ?) as u(id, type, "
                        + "version)",
                    Array(started.Select(s => s.Key), NpgsqlDbType.Varchar),
                    Array(started.Select(s => s.NewStreamType!), NpgsqlDbType.Varchar),
                    Array(started.Select(s => s.Version), NpgsqlDbType.Bigint)
                )
            );

        var appended = _streams.Values.Where(s => s.NewStreamType is null && s.Events.Count > 0).ToList();
        if (appended.Count > 0)
            session.QueueOperation(
                new SetBasedStatement(
                    $"update {schema}.mt_streams as s set version = u.version, timestamp = now() from unnest(?, ?) "
                        + "as u(id, version) where s.id = u.id",
                    Array(appended.Select(s => s.Key), NpgsqlDbType.Varchar),
                    Array(appended.Select(s => s.Version), NpgsqlDbType.Bigint)
                )
            );

        var events = _streams
            .Values.SelectMany(s =>
                s.Events.Select((e, i) => (Stream: s.Key, Version: s.ExpectedVersion + i + 1, Data: e))
            )
            .ToList();
        if (events.Count > 0)
        {
            var mappings = events
                .Select(e => e.Data.GetType())
                .Distinct()
                .ToDictionary(t => t, t => _events.EventMappingFor(t));
            // Rows are numbered from the sequence in the order of the arrays: the order of the batch.
            session.QueueOperation(
                new SetBasedStatement(
                    $"insert into {schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, "
                        + $"tenant_id, mt_dotnet_type, is_archived) select nextval('{schema}.mt_events_sequence'), "
                        + "u.id, u.stream_id, u.version, u.data, u.type, now(), '*DEFAULT*', u.dotnet_type, false "
                        + "from unnest(?, ?, ?, ?, ?, ?) as u(id, stream_id, version, data, type, dotnet_type)",
                    Array(events.Select(_ => Guid.CreateVersion7()), NpgsqlDbType.Uuid),
                    Array(events.Select(e => e.Stream), NpgsqlDbType.Varchar),
                    Array(events.Select(e => e.Version), NpgsqlDbType.Bigint),
                    Array(events.Select(e => serializer.ToJson(e.Data)), NpgsqlDbType.Jsonb),
                    Array(events.Select(e => mappings[e.Data.GetType()].EventTypeName), NpgsqlDbType.Varchar),
                    Array(events.Select(e => mappings[e.Data.GetType()].DotNetTypeName), NpgsqlDbType.Varchar)
                )
            );
        }

        foreach (var (type, byId) in _documents)
            session.QueueOperation(
                new SetBasedStatement(
                    $"insert into {Table(type)} (id, data, mt_version, mt_dotnet_type, mt_last_modified) select "
                        + "u.id, u.data, u.version, ?, transaction_timestamp() from unnest(?, ?, ?) as u(id, data, "
                        + "version) on conflict (id) do update set data = excluded.data, mt_version = "
                        + "excluded.mt_version, mt_dotnet_type = excluded.mt_dotnet_type, mt_last_modified = "
                        + "excluded.mt_last_modified",
                    (type.FullName!, NpgsqlDbType.Varchar),
                    Array(byId.Keys, NpgsqlDbType.Varchar),
                    Array(byId.Values.Select(d => serializer.ToJson(d.Document)), NpgsqlDbType.Jsonb),
                    Array(byId.Values.Select(d => d.Version), NpgsqlDbType.Bigint)
                )
            );

        foreach (var (type, byId) in _inserts)
            session.QueueOperation(
                new SetBasedStatement(
                    $"insert into {Table(type)} (id, data, mt_dotnet_type, mt_last_modified) select u.id, u.data, ?, "
                        + "transaction_timestamp() from unnest(?, ?) as u(id, data)",
                    (type.FullName!, NpgsqlDbType.Varchar),
                    Array(byId.Keys, NpgsqlDbType.Varchar),
                    Array(byId.Values.Select(d => serializer.ToJson(d.Document)), NpgsqlDbType.Jsonb)
                )
            );
    }

    private string Table(Type documentType) => _options.FindOrResolveDocumentType(documentType).TableName.QualifiedName;

    private static (object, NpgsqlDbType) Array<T>(IEnumerable<T> values, NpgsqlDbType type) =>
        (values.ToArray(), NpgsqlDbType.Array | type);

    private sealed record StreamWrite(string Key, string? NewStreamType, long ExpectedVersion, List<object> Events)
    {
        public long Version => ExpectedVersion + Events.Count;
    }
}
