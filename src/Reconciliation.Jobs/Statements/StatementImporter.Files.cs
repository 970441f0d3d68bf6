using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Marten;
using Microsoft.Extensions.Logging;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Statements;
using Reconciliation.Domain.Statements.Import;
using Reconciliation.Jobs.EventStore;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;

namespace Reconciliation.Jobs.Statements;

public sealed partial class StatementImporter
{
    // The file's document: registered once per content, saved at each step, given up by the sweeper.

    /// <summary>
    /// The file's document, once per content: the one registered before, or a new one. With <paramref name="enqueue"/>,
    /// its import is asked for (<see cref="ImportStatement"/>) in the same transaction, unless it is done already.
    /// </summary>
    private async Task<StatementFile> RegisterAsync(
        StatementStorage.StoredFile stored,
        string fileName,
        string source,
        bool enqueue,
        CancellationToken ct
    )
    {
        await using var session = _store.QuerySession();
        var existing = await session.Query<StatementFile>().FirstOrDefaultAsync(f => f.Sha256 == stored.Sha256, ct);
        if (existing is not null)
        {
            if (enqueue && !IsDone(existing))
                await SaveWithImportAsync(null, existing.Id, source, ct);
            return existing;
        }

        var file = new StatementFile
        {
            Id = Guid.NewGuid(),
            Sha256 = stored.Sha256,
            FileName = Path.GetFileName(fileName),
            Size = stored.Size,
            Source = source,
            ReceivedAt = _clock.GetUtcNow(),
            StoredPath = stored.Path,
            Status = StatementFileStatus.Received,
        };
        try
        {
            if (enqueue)
                await SaveWithImportAsync(file, file.Id, source, ct);
            else
            {
                await using var write = _store.LightweightSession();
                write.Insert(file);
                await write.SaveChangesAsync(ct);
            }
            _logger.LogInformation(
                "Statement file {FileName} received from {Source}: {Size} bytes, sha256 {Sha256}, id {StatementFileId}",
                file.FileName,
                source,
                file.Size,
                file.Sha256,
                file.Id
            );
            return file;
        }
        catch (Exception e) when (PostgresErrors.IsUniqueViolation(e))
        {
            // Another process registered the same content a moment ago: the database decided, use its row (and ask for
            // its import, as this upload would have).
            StatementFile theirs;
            await using (var again = _store.QuerySession())
                theirs = await again.Query<StatementFile>().FirstAsync(f => f.Sha256 == stored.Sha256, ct);
            if (enqueue && !IsDone(theirs))
                await SaveWithImportAsync(null, theirs.Id, source, ct);
            return theirs;
        }
    }

    /// <summary>A new file's document (or none) and the message that imports it, in one transaction through the
    /// outbox.</summary>
    private async Task SaveWithImportAsync(StatementFile? inserted, Guid fileId, string by, CancellationToken ct)
    {
        var messages = new MessageContext(wolverine);
        await using var session = outbox.OpenSession(messages);
        if (inserted is not null)
            session.Insert(inserted);
        await messages.PublishAsync(new ImportStatement(fileId, by));
        await session.SaveChangesAsync(ct);
        await messages.FlushOutgoingMessagesAsync();
    }

    private async Task<StatementFile> LoadAsync(Guid id, CancellationToken ct)
    {
        await using var session = _store.QuerySession();
        return await session.LoadAsync<StatementFile>(id, ct)
            ?? throw new KeyNotFoundException($"no statement file {id}");
    }

    /// <summary>The file is done, and matching is asked for, in one transaction (the outbox sends the message after the
    /// commit).</summary>
    private async Task FinishAsync(StatementFile file, CancellationToken ct)
    {
        var messages = new MessageContext(wolverine);
        await using var session = outbox.OpenSession(messages);
        session.Store(file);
        await messages.PublishAsync(new StatementImported(file.Id));
        await session.SaveChangesAsync(ct);
        await messages.FlushOutgoingMessagesAsync();
    }

    private async Task SaveFileAsync(
        StatementFile file,
        CancellationToken ct,
        IEnumerable<StatementRecord>? statements = null
    )
    {
        await using var session = _store.LightweightSession();
        session.Store(file);
        foreach (var statement in statements ?? [])
            session.Store(statement);
        await session.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A file begun before its statements had documents of their own keeps them in its report: they become documents
    /// when its import is resumed, so that the resume finds the statement it stopped in.
    /// </summary>
    private static List<StatementRecord> LegacyStatements(StatementFile file)
    {
        var records = file.Report.Statements.Select(s => StatementRecord.Of(file.Id, s)).ToList();
        if (records.Count == 0)
            return records;
        file.Report.StatementCount = records.Count;
        file.Report.Statements = [];
        return records;
    }
}
