using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.Logging;
using Npgsql;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Statements;
using Reconciliation.Domain.Statements.Import;
using Reconciliation.Jobs.EventStore;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// The one pipeline behind the three doors (upload, drop folder, command line): store the file,
/// register it once by content hash, check it reads from start to end, then write it in batches —
/// each credit to the IMSS account a <see cref="DepositReceived"/> on a stream keyed by its natural
/// key, matched to its worker or put in suspense in the same transaction; everything else a
/// <see cref="StatementEntry"/> — with a checkpoint in every batch so that a crash is resumed without
/// loss or duplicates.
/// </summary>
public sealed class StatementImporter(
    IDocumentStore store,
    OutboxedSessionFactory outbox,
    IWolverineRuntime wolverine,
    NpgsqlDataSource database,
    IDepositMatching matching,
    StatementStorage storage,
    StatementsSettings settings,
    FeeCalculator fees,
    TimeProvider clock,
    ILogger<StatementImporter> logger)
{
    private readonly ImportRules _rules = new(settings.ImssAccounts, settings.DefaultAccount, fees.Schedule.FirstDate);
    private readonly IDocumentStore _store = store;
    private readonly IDepositMatching _matching = matching;
    private readonly StatementsSettings _settings = settings;
    private readonly ILogger _logger = logger;

    private static readonly long IdentityLock = AdvisoryLock.KeyOf("deposit-identity");

    /// <summary>Test hook: called before each batch commits, with its number; throwing simulates a crash.</summary>
    internal Func<int, Task>? BeforeCommit { get; set; }

    public async Task<StatementImportResult> ImportAsync(Stream content, string fileName, string source, CancellationToken ct)
    {
        var stored = await storage.SaveAsync(content, ct);
        var file = await RegisterAsync(stored, fileName, source, ct);
        if (file.Status is StatementFileStatus.Imported or StatementFileStatus.ImportedWithErrors)
        {
            _logger.LogInformation("Statement file {FileName} ({Sha256}) was already imported as {StatementFileId}: nothing changed",
                fileName, stored.Sha256, file.Id);
            return new StatementImportResult(file, ImportOutcome.AlreadyImported,
                $"This content was already imported on {file.ImportedAt:yyyy-MM-dd HH:mm} as file {file.Id} ({file.FileName}): nothing changed.");
        }
        return await RunAsync(file.Id, ct);
    }

    /// <summary>Imports a registered file, or resumes it where it stopped; also the retry of a failed file.</summary>
    public async Task<StatementImportResult> RunAsync(Guid fileId, CancellationToken ct)
    {
        // One importer per file at a time, across processes.
        await using var held = await AdvisoryLock.TryAcquireAsync(database, BitConverter.ToInt64(fileId.ToByteArray(), 0), ct);
        if (held is null)
        {
            var busy = await LoadAsync(fileId, ct);
            return new StatementImportResult(busy, ImportOutcome.InProgress, "Another process is importing this file now.");
        }
        // One file writes deposits at a time, across processes: a credit another file describes is then recorded by one of
        // them and recognised by the other, whichever comes first (BatchCredits).
        await using var identity = _settings.RecogniseOtherDoors ? await AdvisoryLock.AcquireAsync(database, IdentityLock, ct) : null;
        var file = await LoadAsync(fileId, ct);
        if (file.Status is StatementFileStatus.Imported or StatementFileStatus.ImportedWithErrors)
            return new StatementImportResult(file, ImportOutcome.AlreadyImported, "The file is already imported: nothing changed.");
        return await ImportLockedAsync(file, ct);
    }

    private async Task<StatementImportResult> ImportLockedAsync(StatementFile file, CancellationToken ct)
    {
        file.Attempts++;
        file.Status = StatementFileStatus.Importing;
        file.LastError = null;
        await SaveFileAsync(file, ct);

        // First pass: the whole file must read. A file that cannot is refused before anything of it is written.
        var (format, fatal) = Validate(file.StoredPath);
        if (fatal is not null)
        {
            file.Status = StatementFileStatus.Failed;
            file.Report.Format = format;
            file.LastError = fatal.ToString();
            file.Report.AddProblem(new ImportProblem(fatal.Location, fatal.Reason, Fatal: true));
            await SaveFileAsync(file, ct);
            _logger.LogWarning("Statement file {StatementFileId} ({FileName}) refused: {Location}: {Reason}",
                file.Id, file.FileName, fatal.Location, fatal.Reason);
            return new StatementImportResult(file, ImportOutcome.Failed, $"The file cannot be read: {fatal}. Nothing was imported; the file is kept and can be retried.");
        }

        var run = new ImportRun(this, file, format!.Value);
        try
        {
            await run.ExecuteAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await RecordStopAsync(file.Id, file.Attempts, e);
            throw;
        }

        file.Status = file.Report.Errors > 0 ? StatementFileStatus.ImportedWithErrors : StatementFileStatus.Imported;
        file.ImportedAt = clock.GetUtcNow();
        await FinishAsync(file, ct);
        _logger.LogInformation(
            "Statement file {StatementFileId} ({FileName}, {Format}) imported: {Lines} lines, {Deposits} new deposits, {Duplicates} duplicates, {Errors} errors",
            file.Id, file.FileName, format, file.Report.Lines, file.Report.Deposits, file.Report.Duplicates, file.Report.Errors);
        return file.Status == StatementFileStatus.Imported
            ? new StatementImportResult(file, ImportOutcome.Imported, "Imported.")
            : new StatementImportResult(file, ImportOutcome.ImportedWithErrors, $"Imported; {file.Report.Errors} problem(s) are listed in the report.");
    }

    private static (StatementFormat? Format, StatementProblem? Fatal) Validate(string path)
    {
        using var stream = OpenRead(path);
        return StatementReader.Check(stream);
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    private async Task<StatementFile> RegisterAsync(StatementStorage.StoredFile stored, string fileName, string source, CancellationToken ct)
    {
        await using var session = _store.QuerySession();
        var existing = await session.Query<StatementFile>().FirstOrDefaultAsync(f => f.Sha256 == stored.Sha256, ct);
        if (existing is not null)
            return existing;

        var file = new StatementFile
        {
            Id = Guid.NewGuid(), Sha256 = stored.Sha256, FileName = Path.GetFileName(fileName), Size = stored.Size, Source = source,
            ReceivedAt = clock.GetUtcNow(), StoredPath = stored.Path, Status = StatementFileStatus.Received,
        };
        try
        {
            await using var write = _store.LightweightSession();
            write.Insert(file);
            await write.SaveChangesAsync(ct);
            _logger.LogInformation("Statement file {FileName} received from {Source}: {Size} bytes, sha256 {Sha256}, id {StatementFileId}",
                file.FileName, source, file.Size, file.Sha256, file.Id);
            return file;
        }
        catch (Exception e) when (PostgresErrors.IsUniqueViolation(e))
        {
            // Another process registered the same content a moment ago: the database decided, use its row.
            await using var again = _store.QuerySession();
            return await again.Query<StatementFile>().FirstAsync(f => f.Sha256 == stored.Sha256, ct);
        }
    }

    private async Task<StatementFile> LoadAsync(Guid id, CancellationToken ct)
    {
        await using var session = _store.QuerySession();
        return await session.LoadAsync<StatementFile>(id, ct) ?? throw new KeyNotFoundException($"no statement file {id}");
    }

    /// <summary>The file is done, and matching is asked for, in one transaction (the outbox sends the message after the commit).</summary>
    private async Task FinishAsync(StatementFile file, CancellationToken ct)
    {
        var messages = new MessageContext(wolverine);
        await using var session = outbox.OpenSession(messages);
        session.Store(file);
        await messages.PublishAsync(new StatementImported(file.Id));
        await session.SaveChangesAsync(ct);
        await messages.FlushOutgoingMessagesAsync();
    }

    /// <summary>
    /// A run that stopped on an error leaves the file importing, resumable from its last checkpoint: the error goes on the
    /// file as the database has it (the run's copy may be ahead of what committed), so an operator sees why. Best effort:
    /// when the database itself is what failed, the log has it.
    /// </summary>
    private async Task RecordStopAsync(Guid fileId, int attempt, Exception error)
    {
        _logger.LogError(error, "Statement file {StatementFileId}: attempt {Attempt} stopped; the next run resumes from its last checkpoint", fileId, attempt);
        try
        {
            await using var session = _store.LightweightSession();
            var stored = await session.LoadAsync<StatementFile>(fileId);
            if (stored is not { Status: StatementFileStatus.Importing }) return;
            stored.LastError = $"attempt {attempt} stopped with {stored.Report.Lines} lines written, and the next run resumes from there: {error.GetType().Name}: {error.Message}";
            session.Store(stored);
            await session.SaveChangesAsync();
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Statement file {StatementFileId}: the error of attempt {Attempt} could not be recorded on the file", fileId, attempt);
        }
    }

    private async Task SaveFileAsync(StatementFile file, CancellationToken ct)
    {
        await using var session = _store.LightweightSession();
        session.Store(file);
        await session.SaveChangesAsync(ct);
    }

    /// <summary>
    /// One pass of writing a file, from its checkpoint to its end, in stages that overlap: the reading
    /// (parsing, keys, what each line is, the report's counts) cuts the file into batches; the writing
    /// prepares each batch (reads its deposits and workers, decides, serialises) while the batch before it
    /// commits, and commits it once that one has. Batches commit in order, one at a time, and at most one
    /// more waits between reading and writing, so memory stays a few batches.
    /// </summary>
    private sealed class ImportRun(StatementImporter importer, StatementFile file, StatementFormat format)
    {
        private List<PendingCredit> _deposits = [];
        private List<StatementEntry> _entries = [];
        // The accounts whose statements this run has closed, as they stand now (the database has them only once their batch commits);
        // each closing makes a new ledger, so one handed to the writing is never changed after.
        private readonly Dictionary<string, AccountLedger> _ledgers = [];
        private List<AccountLedger> _ledgersClosed = [];
        // Credits seen earlier in this file: key → digest of content (64-bit, so memory stays small for big files).
        private readonly Dictionary<long, long> _seenKeys = [];
        private readonly Dictionary<long, int> _occurrences = [];
        private readonly Channel<PendingBatch> _pending = Channel.CreateBounded<PendingBatch>(
            new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        private int _batch;
        private long _item;

        /// <summary>A transaction's worth of the file, as the reading left it: the file document (report and checkpoint) is a copy taken then.</summary>
        private sealed record PendingBatch(int Number, List<PendingCredit> Deposits,
            List<StatementEntry> Entries, List<AccountLedger> Ledgers, string File);

        public async Task ExecuteAsync(CancellationToken ct)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var writing = Task.Run(() => WriteAllAsync(CreditCounts.Of(file.Report), stop), CancellationToken.None);
            try
            {
                await ReadAsync(stop.Token);
                _pending.Writer.Complete();
            }
            catch (Exception readError)
            {
                _pending.Writer.TryComplete(readError);
                await stop.CancelAsync();
                try
                {
                    await writing;
                }
                // A failed write is what stopped the reading: its error is the one to tell.
                catch (Exception writeError) when (writeError is not (OperationCanceledException or ChannelClosedException) && writeError != readError)
                {
                    throw;
                }
                catch (Exception)
                {
                    // The writing stopped because the reading did.
                }
                throw;
            }
            var counts = await writing;
            counts.CopyTo(file.Report);
        }

        private async Task ReadAsync(CancellationToken ct)
        {
            var report = file.Report;
            report.Format = format;
            StatementStart? statement = null;
            string? account = null;

            await using var stream = OpenRead(file.StoredPath);
            var (_, items) = StatementReader.Read(stream);
            foreach (var item in items)
            {
                ct.ThrowIfCancellationRequested();
                _item++;
                var done = _item <= file.Checkpoint; // committed by an earlier run: only rebuild what memory needs
                switch (item)
                {
                    case StatementStart start:
                        statement = start;
                        account = importer._rules.AccountOf(start, format);
                        if (!done) report.Statements.Add(Summary(start, account));
                        break;
                    case StatementLine line:
                        var key = KeyOf(line, out var repeatedDifferently);
                        if (done) break;
                        await LineAsync(line, account, key, repeatedDifferently, Summary(line.StatementOrdinal), ct);
                        break;
                    case StatementEnd end:
                        if (done) break;
                        await EndAsync(end, statement, account, ct);
                        break;
                    case StatementProblem { Fatal: true } problem:
                        // The check before the import read the same file without meeting it: the run stops, as on a database error,
                        // with what has committed kept, and a retry resumes from the checkpoint.
                        throw new InvalidOperationException($"the file stopped reading at {problem.Location}, which the check before the import passed: {problem.Reason}");
                    case StatementProblem problem:
                        if (!done) report.AddProblem(new ImportProblem(problem.Location, problem.Reason, problem.Fatal));
                        break;
                }
            }
            await CutAsync(ct);
        }

        private StatementSummary Summary(int ordinal) => file.Report.Statements.First(s => s.Ordinal == ordinal);

        private StatementSummary Summary(StatementStart s, string? account) => new()
        {
            Ordinal = s.Ordinal, StatementId = s.StatementId, Account = account, ImssAccount = importer._rules.IsImss(account),
            Currency = s.Currency, SequenceNumber = s.SequenceNumber, PeriodStart = s.PeriodStart, PeriodEnd = s.PeriodEnd, Opening = s.Opening,
        };

        /// <summary>The deposit key of a line; a tracking key met twice in one file with other content is told apart, and reported.</summary>
        private string KeyOf(StatementLine line, out bool repeatedDifferently)
        {
            repeatedDifferently = false;
            var digest = DepositKey.ContentDigest(line);
            // The digest is already a SHA-256 in hex: its first 64 bits serve as its hash.
            var digestHash = long.Parse(digest.AsSpan(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            var occurrence = _occurrences[digestHash] = _occurrences.GetValueOrDefault(digestHash) + 1;
            var key = DepositKey.For(line, occurrence);
            if (!key.StartsWith("spei:", StringComparison.Ordinal))
                return key;
            var keyHash = Hash(key);
            if (_seenKeys.TryGetValue(keyHash, out var firstDigest) && firstDigest != digestHash)
            {
                repeatedDifferently = true;
                return $"{key}#{occurrence}-{digest[..8]}";
            }
            _seenKeys[keyHash] = digestHash;
            return key;
        }

        private async Task LineAsync(StatementLine line, string? account, string key, bool repeatedDifferently, StatementSummary summary, CancellationToken ct)
        {
            var report = file.Report;
            report.Lines++;
            summary.Lines++;
            if (line.Direction == Direction.Credit)
            {
                report.Credits++; report.CreditTotal += line.Amount;
                summary.Credits++; summary.CreditTotal += line.Amount;
            }
            else
            {
                report.Debits++; report.DebitTotal += line.Amount;
                summary.Debits++; summary.DebitTotal += line.Amount;
            }
            if (line.Status == StatementLine.Booked)
                summary.BookedMovement += line.SignedAmount;

            var disposition = importer._rules.Classify(line, account);
            report.Count(disposition);
            if (disposition == LineDisposition.Deposit)
            {
                if (repeatedDifferently)
                    report.AddProblem(new ImportProblem(line.Location,
                        $"tracking key {line.TrackingKey} of participant {line.SendingParticipant} on {line.ValueDate:yyyy-MM-dd} appears more than once in the file with different content: recorded as a separate credit", Fatal: false));
                _deposits.Add(new PendingCredit(key, line, account!));
            }
            else
            {
                if (disposition == LineDisposition.Undated)
                    report.AddProblem(new ImportProblem(line.Location,
                        $"credit of {line.Amount} has neither a value date nor a booking date: it cannot be applied; kept with the file", Fatal: false));
                else if (disposition == LineDisposition.BeforeFeeParameters)
                    report.AddProblem(new ImportProblem(line.Location,
                        $"credit of {line.Amount} is dated {(line.ValueDate ?? line.BookingDate):yyyy-MM-dd}, before the first fee parameters " +
                        $"({importer._rules.FirstUsableDate:yyyy-MM-dd}): its fee cannot be computed; kept with the file", Fatal: false));
                if (line.Direction == Direction.Credit) report.OtherCreditTotal += line.Amount;
                _entries.Add(new StatementEntry($"{file.Id:N}:{line.Position}", file.Id, line.Position, line.Location, account, disposition,
                    line.Amount, line.Currency, line.Direction, line.IsReversal, line.Status, line.BookingDate, line.ValueDate, line.TrackingKey,
                    line.SendingParticipant, line.BankReference, line.Concept, line.Raw, line.References, line.IsReturn));
            }
            if (_deposits.Count + _entries.Count >= importer._settings.BatchSize)
                await CutAsync(ct);
        }

        private async Task EndAsync(StatementEnd end, StatementStart? start, string? account, CancellationToken ct)
        {
            var summary = Summary(end.Ordinal);
            summary.Closing = end.Closing;
            var (result, expected, difference) = BalanceCheck.Of(summary.Opening, summary.BookedMovement, end.Closing);
            summary.BalanceCheck = result;
            summary.ExpectedClosing = expected;
            summary.BalanceDifference = difference;
            if (result == "mismatch")
                file.Report.AddProblem(new ImportProblem($"statement {end.Ordinal}",
                    $"balance check failed: opening {summary.Opening!.Amount} + movements {summary.BookedMovement} = {expected}, closing says {end.Closing!.Amount} (difference {difference})", Fatal: false));

            // Continuity is kept for statements (not notifications) of a known account.
            if (account is not null && start is not null && format != StatementFormat.Camt054 && (start.Opening is not null || start.SequenceNumber is not null))
            {
                if (!_ledgers.TryGetValue(account, out var ledger))
                {
                    await using var session = importer._store.QuerySession();
                    _ledgers[account] = ledger = await session.LoadAsync<AccountLedger>(account, ct) ?? new AccountLedger { Id = account };
                }
                var (continuity, detail) = StatementContinuity.Check(ledger.LastSequence, ledger.LastClosing, start);
                summary.Continuity = continuity;
                summary.ContinuityDetail = detail;
                if (continuity == "break")
                    file.Report.AddProblem(new ImportProblem($"statement {end.Ordinal} of account {account}", $"continuity break: {detail}", Fatal: false));
                _ledgers[account] = ledger = new AccountLedger
                {
                    Id = account, LastSequence = start.SequenceNumber ?? ledger.LastSequence, LastClosing = end.Closing?.Amount ?? ledger.LastClosing,
                    LastPeriodEnd = start.PeriodEnd ?? ledger.LastPeriodEnd, LastStatementFileId = file.Id,
                };
                _ledgersClosed.Add(ledger);
            }
            summary.Closed = true;
            await CutAsync(ct);
        }

        /// <summary>Hands what is pending to the writing, with a copy of the file document as it stands; waits while the writing is a batch behind.</summary>
        private async Task CutAsync(CancellationToken ct)
        {
            file.Checkpoint = _item;
            await _pending.Writer.WriteAsync(new PendingBatch(++_batch, _deposits, _entries, _ledgersClosed, JsonSerializer.Serialize(file)), ct);
            _deposits = [];
            _entries = [];
            _ledgersClosed = [];
        }

        /// <summary>
        /// Writes the batches in order, one transaction each. While a batch commits, the next is prepared (read, decided,
        /// serialised) on its own connection, reading what the committing batch writes from that batch rather than from the
        /// database; it commits only after the one before it has, so a checkpoint never passes an uncommitted batch.
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
                        // The batch before lost a race with another writer (then both are written again, from the database),
                        // or this one read a queue item the batch before changed in its session (now committed: read it again).
                        if (!committed || next.Batch.ReadStale)
                        {
                            var stale = next;
                            next = null;
                            await stale.DisposeAsync();
                            if (!committed) counts = await WriteAsync(committing!.Pending, committing.Before, ct);
                            next = await PrepareAsync(pending, counts, uncommitted: null, ct);
                        }
                    }
                    catch
                    {
                        if (next is not null) await next.DisposeAsync();
                        throw;
                    }
                    if (committing is not null) await committing.DisposeAsync();
                    (committing, commit, counts) = (next, CommitAsync(next, ct), next.After);
                }
                if (commit is not null && !await commit)
                    counts = await WriteAsync(committing!.Pending, committing.Before, ct);
                return counts;
            }
            catch
            {
                await stop.CancelAsync();
                if (commit is not null) await commit.ContinueWith(_ => { }, TaskScheduler.Default);
                throw;
            }
            finally
            {
                if (committing is not null) await committing.DisposeAsync();
            }
        }

        /// <summary>A batch read and decided, its statements queued in its session, waiting to commit.</summary>
        private sealed record Prepared(PendingBatch Pending, CreditCounts Before, CreditCounts After, IDocumentSession Session, EventStoreBatch Batch) : IAsyncDisposable
        {
            public ValueTask DisposeAsync() => Session.DisposeAsync();
        }

        /// <summary>Commits a prepared batch; false when it lost a race on a deposit key or a worker (another process wrote meanwhile), unless that is an error by now.</summary>
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
                importer._logger.LogInformation(e, "Deposit key race on file {StatementFileId}, batch {Batch}: retrying", file.Id, prepared.Pending.Number);
                return false;
            }
        }

        /// <summary>Writes a batch and its checkpoint in one transaction, alone; a race on a deposit key or a worker is retried on fresh state.</summary>
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
            || StreamConflicts.IsVersionConflict(e) || PostgresErrors.IsUniqueViolation(e);

        /// <summary>
        /// Reads what a batch needs (the deposits its keys name, the workers they pay) and decides it: new deposits recorded and
        /// matched, provisional ones confirmed, repeats counted. <paramref name="uncommitted"/> is the batch committing meanwhile.
        /// </summary>
        private async Task<Prepared> PrepareAsync(PendingBatch pending, CreditCounts counts, EventStoreBatch? uncommitted, CancellationToken ct)
        {
            var session = importer._store.LightweightSession();
            try
            {
                var batch = new EventStoreBatch(importer._store) { Uncommitted = uncommitted };
                var after = await new BatchCredits(session, batch, file, format, importer._matching, importer._settings.RecogniseOtherDoors)
                    .RecordAsync(pending.Deposits, counts, ct);
                batch.Uncommitted = null;
                batch.QueueIn(session);
                foreach (var entry in pending.Entries)
                    session.Store(entry);
                foreach (var ledger in pending.Ledgers)
                    session.Store(ledger);
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

        private static long Hash(string text) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);
    }
}
