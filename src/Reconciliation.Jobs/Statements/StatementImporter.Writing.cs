using System.Text;
using System.Text.Json;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.Logging;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Statements;
using Reconciliation.Domain.Statements.Import;
using Reconciliation.Jobs.EventStore;

namespace Reconciliation.Jobs.Statements;

public sealed partial class StatementImporter
{
    /// <summary>The writing stage: each batch prepared while the one before commits, committed in order, a lost race
    /// done again.</summary>
    private sealed partial class ImportRun
    {
        /// <summary>
        /// Writes the batches in order, one transaction each. While a batch commits, the next is prepared (read,
        /// decided, serialised) on its own connection, reading what the committing batch writes from that batch rather
        /// than from the database; it commits only after the one before it has, so a checkpoint never passes an
        /// uncommitted batch.
        /// </summary>
        private async Task<CreditCounts> WriteAllAsync(CreditCounts counts, CancellationTokenSource stop)
        {
            var ct = stop.Token;
            Prepared? committing = null;
            Task<bool>? commit = null;
            try
            {
                await foreach (var pending in _pending.Reader.ReadAllAsync(ct))
                {
                    Prepared? next = await PrepareAsync(pending, counts, committing?.Batch, ct);
                    try
                    {
                        var committed = commit is null || await commit;
                        // The batch before lost a race with another writer (then both are written again, from the
                        // database), or this one read a queue item the batch before changed in its session (now
                        // committed: read it again).
                        if (!committed || next.Batch.ReadStale)
                        {
                            var stale = next;
                            next = null;
                            await stale.DisposeAsync();
                            if (!committed)
                                counts = await WriteAsync(committing!.Pending, committing.Before, ct);
                            next = await PrepareAsync(pending, counts, uncommitted: null, ct);
                        }
                    }
                    catch
                    {
                        if (next is not null)
                            await next.DisposeAsync();
                        throw;
                    }
                    if (committing is not null)
                        await committing.DisposeAsync();
                    (committing, commit, counts) = (next, CommitAsync(next, ct), next.After);
                }
                if (commit is not null && !await commit)
                    counts = await WriteAsync(committing!.Pending, committing.Before, ct);
                return counts;
            }
            catch
            {
                await stop.CancelAsync();
                if (commit is not null)
                    await commit.ContinueWith(_ => { }, TaskScheduler.Default);
                throw;
            }
            finally
            {
                if (committing is not null)
                    await committing.DisposeAsync();
            }
        }

        /// <summary>A batch read and decided, its statements queued in its session, waiting to commit.</summary>
        private sealed record Prepared(
            PendingBatch Pending,
            CreditCounts Before,
            CreditCounts After,
            IDocumentSession Session,
            EventStoreBatch Batch
        ) : IAsyncDisposable
        {
            public ValueTask DisposeAsync() => Session.DisposeAsync();
        }

        /// <summary>Commits a prepared batch; false when it lost a race on a deposit key or a worker (another process
        /// wrote meanwhile), unless that is an error by now.</summary>
        private async Task<bool> CommitAsync(Prepared prepared, CancellationToken ct, bool raceIsError = false)
        {
            try
            {
                if (importer.BeforeCommit is { } hook)
                    await hook(prepared.Pending.Number);
                await prepared.Session.SaveChangesAsync(ct);
                return true;
            }
            catch (Exception e) when (!raceIsError && IsRace(e))
            {
                importer._logger.LogInformation(
                    e,
                    "Deposit key race on file {StatementFileId}, batch {Batch}: retrying",
                    file.Id,
                    prepared.Pending.Number
                );
                return false;
            }
        }

        /// <summary>Writes a batch and its checkpoint in one transaction, alone; a race on a deposit key or a worker is
        /// retried on fresh state.</summary>
        private async Task<CreditCounts> WriteAsync(PendingBatch pending, CreditCounts counts, CancellationToken ct)
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var prepared = await PrepareAsync(pending, counts, uncommitted: null, ct);
                if (await CommitAsync(prepared, ct, raceIsError: attempt == 5))
                    return prepared.After;
            }
        }

        private static bool IsRace(Exception e) =>
            e is ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException
            || StreamConflicts.IsVersionConflict(e)
            || PostgresErrors.IsUniqueViolation(e);

        /// <summary>
        /// Reads what a batch needs (the deposits its keys name, the workers they pay) and decides it: new deposits
        /// recorded and matched, provisional ones confirmed, repeats counted. <paramref name="uncommitted"/> is the
        /// batch committing meanwhile.
        /// </summary>
        private async Task<Prepared> PrepareAsync(
            PendingBatch pending,
            CreditCounts counts,
            EventStoreBatch? uncommitted,
            CancellationToken ct
        )
        {
            var session = importer._store.LightweightSession();
            try
            {
                var batch = new EventStoreBatch(importer._store) { Uncommitted = uncommitted };
                var after = await new BatchCredits(
                    session,
                    batch,
                    file,
                    format,
                    importer._matching,
                    importer._settings.RecogniseOtherDoors
                ).RecordAsync(pending.Deposits, counts, ct);
                batch.Uncommitted = null;
                batch.QueueIn(session);
                foreach (var entry in pending.Entries)
                    session.Store(entry);
                foreach (var ledger in pending.Ledgers)
                    session.Store(ledger);
                foreach (var statement in pending.Statements)
                    session.Store(statement);
                var stored = JsonSerializer.Deserialize<StatementFile>(pending.File)!;
                after.CopyTo(stored.Report);
                session.Store(stored);
                return new Prepared(pending, counts, after, session, batch);
            }
            catch
            {
                await session.DisposeAsync();
                throw;
            }
        }
    }
}
