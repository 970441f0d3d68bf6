using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Jobs;
using Reconciliation.Jobs.EventStore;
using Reconciliation.Jobs.Notices;

namespace Reconciliation.Api.Tests.EventStore;

/// <summary>
/// The set-based writer must leave exactly what Marten's own append leaves, so that Marten reads,
/// appends to and projects those streams afterwards; and it must refuse what Marten refuses.
/// </summary>
public sealed class EventStoreBatchTests(AppFixture app) : IClassFixture<AppFixture>
{
    private IDocumentStore Store => app.Host.Services.GetRequiredService<IDocumentStore>();

    private static DepositReceived Received(string key, decimal amount) =>
        new(
            key,
            amount,
            "MXN",
            new DateOnly(2026, 3, 10),
            new DateOnly(2026, 3, 10),
            "TK" + key,
            "40012",
            "ANA LOPEZ",
            "012180001234567891",
            "PAGO IMSS 12345678903",
            ["detalle"],
            "1234567",
            "REF" + key,
            "044180001068672782",
            Guid.Parse("5a7e1f20-0000-4000-8000-000000000001"),
            7,
            "Stmt[1]/Ntry[7]",
            "<Ntry>…</Ntry>",
            Provisional: false
        );

    private static DepositMatched Matched(string key) =>
        new(key, Nss.Parse("12345678903"), MatchMethod.Automatic, ReferenceClean: true);

    [Fact]
    public async Task A_stream_written_in_a_batch_has_the_rows_of_one_written_by_Marten()
    {
        var (byMarten, byBatch) = ($"spei:marten:{Guid.NewGuid():N}", $"spei:batch:{Guid.NewGuid():N}");
        await using (var session = Store.LightweightSession())
        {
            session.Events.StartStream<Deposit>(byMarten, Received(byMarten, 1905.82m), Matched(byMarten));
            await session.SaveChangesAsync();
        }
        await using (var session = Store.LightweightSession())
        {
            var batch = new EventStoreBatch(Store);
            batch.StartStream<Deposit>(byBatch, Received(byBatch, 1905.82m));
            batch.Append(byBatch, 1, Matched(byBatch));
            var deposit = Deposit.From(Received(byBatch, 1905.82m)).With(Matched(byBatch)) with { Version = 2 };
            batch.Store(byBatch, deposit);
            batch.QueueIn(session);
            await session.SaveChangesAsync();
        }

        // (The deposit document keeps its tracking key in upper case.)
        Assert.Equal(
            await RowsAsync(byMarten),
            (await RowsAsync(byBatch))
                .Replace(byBatch, byMarten)
                .Replace(byBatch.ToUpperInvariant(), byMarten.ToUpperInvariant())
        );
        await using var query = Store.QuerySession();
        var events = await query.Events.FetchStreamAsync(byBatch);
        Assert.Equal([typeof(DepositReceived), typeof(DepositMatched)], events.Select(e => e.Data.GetType()));
        Assert.Equal([1L, 2L], events.Select(e => e.Version));
        Assert.Equal(Json(Received(byBatch, 1905.82m)), Json(events[0].Data));
        // The document written by the batch is what Marten's projection makes of the same events.
        var projected = await query.Events.AggregateStreamAsync<Deposit>(byBatch);
        var stored = await query.LoadAsync<Deposit>(byBatch);
        Assert.Equal(Json(projected!), Json(stored!));
        Assert.Equal(
            Json((await query.LoadAsync<Deposit>(byMarten))!)
                .Replace(byMarten, byBatch)
                .Replace(byMarten.ToUpperInvariant(), byBatch.ToUpperInvariant()),
            Json(stored!)
        );
    }

    [Fact]
    public async Task Marten_appends_after_a_batch_at_the_next_version_and_projects_from_its_document()
    {
        var key = $"spei:then:{Guid.NewGuid():N}";
        await using (var session = Store.LightweightSession())
        {
            var batch = new EventStoreBatch(Store);
            batch.StartStream<Deposit>(key, Received(key, 100m));
            batch.Store(key, Deposit.From(Received(key, 100m)) with { Version = 1 });
            batch.QueueIn(session);
            await session.SaveChangesAsync();
        }
        await using (var session = Store.LightweightSession())
        {
            session.Events.Append(key, 2, new DepositSuspended(key, "no NSS", [], [], []));
            await session.SaveChangesAsync();
        }

        await using var query = Store.QuerySession();
        var deposit = await query.LoadAsync<Deposit>(key);
        Assert.Equal(DepositStatus.Suspense, deposit!.Status);
        Assert.Equal(2, deposit.Version);
        Assert.Equal(2, (await query.Events.FetchStreamStateAsync(key))!.Version);
    }

    [Fact]
    public async Task An_append_at_a_version_that_is_no_longer_the_streams_rolls_back_the_whole_batch()
    {
        var (key, other) = ($"spei:race:{Guid.NewGuid():N}", $"spei:bystander:{Guid.NewGuid():N}");
        await using (var session = Store.LightweightSession())
        {
            session.Events.StartStream<Deposit>(key, Received(key, 100m), Matched(key));
            await session.SaveChangesAsync();
        }

        await using (var session = Store.LightweightSession())
        {
            var batch = new EventStoreBatch(Store);
            // read at 1, but another writer took it to 2
            batch.Append(key, 1, new DepositReturned(key, 100m, new DateOnly(2026, 3, 12), "entry"));
            batch.StartStream<Deposit>(other, Received(other, 5m));
            batch.QueueIn(session);
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => session.SaveChangesAsync());
            Assert.True(StreamConflicts.IsVersionConflict(refused), refused.ToString());
        }

        await using var query = Store.QuerySession();
        Assert.Equal(2, (await query.Events.FetchStreamStateAsync(key))!.Version);
        Assert.Null(await query.Events.FetchStreamStateAsync(other));
    }

    [Fact]
    public async Task Starting_a_stream_that_exists_is_refused_as_a_unique_key()
    {
        var key = $"spei:twice:{Guid.NewGuid():N}";
        await using (var session = Store.LightweightSession())
        {
            session.Events.StartStream<Deposit>(key, Received(key, 100m));
            await session.SaveChangesAsync();
        }
        await using (var session = Store.LightweightSession())
        {
            var batch = new EventStoreBatch(Store);
            batch.StartStream<Deposit>(key, Received(key, 100m));
            batch.QueueIn(session);
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => session.SaveChangesAsync());
            Assert.True(PostgresErrors.IsUniqueViolation(refused), refused.ToString());
            Assert.False(StreamConflicts.IsVersionConflict(refused), refused.ToString());
        }
        await using var query = Store.QuerySession();
        Assert.Single(await query.Events.FetchStreamAsync(key));
    }

    [Fact]
    public async Task An_inserted_document_is_read_by_Marten_and_a_second_insert_of_its_id_is_refused()
    {
        var id = $"insert:{Guid.NewGuid():N}";
        var record = new NoticeRecord
        {
            Id = id,
            Nss = "12345678903",
            Status = "scheduled",
            ScheduledAt = DateTimeOffset.UnixEpoch,
        };
        await using (var session = Store.LightweightSession())
        {
            var batch = new EventStoreBatch(Store);
            batch.Insert(id, record);
            batch.QueueIn(session);
            await session.SaveChangesAsync();
        }
        await using (var session = Store.LightweightSession())
        {
            var batch = new EventStoreBatch(Store);
            batch.Insert(id, new NoticeRecord { Id = id, Nss = "99999999999" });
            batch.QueueIn(session);
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => session.SaveChangesAsync());
            Assert.True(PostgresErrors.IsUniqueViolation(refused), refused.ToString());
        }
        await using var query = Store.QuerySession();
        var stored = await query.LoadAsync<NoticeRecord>(id);
        Assert.Equal("12345678903", stored!.Nss);
        Assert.Equal(DateTimeOffset.UnixEpoch, stored.ScheduledAt);
    }

    private string Json(object document) => ((StoreOptions)Store.Options).Serializer().ToJson(document);

    /// <summary>Everything the event store keeps of a stream but its ids, sequence numbers and timestamps.</summary>
    private async Task<string> RowsAsync(string key)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select s.type, s.version, s.tenant_id, s.is_archived, s.compacted_version, e.version, e.type, "
                + "e.mt_dotnet_type, e.tenant_id, e.is_archived, e.data::text, e.bdata is null, d.mt_version, "
                + "d.mt_dotnet_type, d.data::text from reconciliation.mt_streams s join reconciliation.mt_events e "
                + "on e.stream_id = s.id join reconciliation.mt_doc_deposit d on d.id = s.id where s.id = $1 order "
                + "by e.version",
            connection
        );
        command.Parameters.AddWithValue(key);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(
                string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString()))
            );
        return string.Join("\n", rows);
    }
}
