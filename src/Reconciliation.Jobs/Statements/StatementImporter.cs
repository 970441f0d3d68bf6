using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.Logging;
using Npgsql;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Statements;
using Reconciliation.Domain.Statements.Import;
using Reconciliation.Jobs.EventStore;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// The one pipeline behind the three doors (upload, drop folder, command line): store the file,
/// register it once by content hash, check it reads from start to end, then write it in batches —
/// each credit to the IMSS account a <see cref="DepositReceived"/> on a stream keyed by its natural
/// key, matched to its worker or put in suspense in the same transaction; everything else a
/// <see cref="StatementEntry"/> — with a checkpoint in every batch so that a crash is resumed without
/// loss or duplicates.
/// </summary>
public sealed partial class StatementImporter(
    IDocumentStore store,
    OutboxedSessionFactory outbox,
    IWolverineRuntime wolverine,
    NpgsqlDataSource database,
    IDepositMatching matching,
    StatementStorage storage,
    ImportSignals signals,
    StatementsSettings settings,
    FeeCalculator fees,
    TimeProvider clock,
    ILogger<StatementImporter> logger
)
{
    private readonly ImportRules _rules = new(settings.ImssAccounts, settings.DefaultAccount, fees.Schedule.FirstDate);
    private readonly IDocumentStore _store = store;
    private readonly IDepositMatching _matching = matching;
    private readonly StatementsSettings _settings = settings;
    private readonly ILogger _logger = logger;
    private readonly TimeProvider _clock = clock;

    private static readonly long IdentityLock = AdvisoryLock.KeyOf("deposit-identity");

    /// <summary>Test hook: called before each batch commits, with its number; throwing simulates a crash.</summary>
    internal Func<int, Task>? BeforeCommit { get; set; }

    /// <summary>
    /// Stores, registers and imports a file within the call (the drop folder, the command line). A file met before is
    /// not imported again; one left unfinished is resumed.
    /// </summary>
    public async Task<StatementImportResult> ImportAsync(
        Stream content,
        string fileName,
        string source,
        CancellationToken ct
    )
    {
        var (file, done) = await StoreAsync(content, fileName, source, ct);
        return done ? AlreadyImported(file, fileName) : await RunAsync(file.Id, source, ct);
    }

    /// <summary>
    /// Stores and registers a file without importing it (the drop folder then runs it on its own): the file's document,
    /// and whether it was imported before. <paramref name="stillSame"/>, when given, is asked once the copy is stored:
    /// a file still being written when it was read is not registered (what was copied may be only its beginning).
    /// </summary>
    public async Task<(StatementFile File, bool AlreadyImported)> StoreAsync(
        Stream content,
        string fileName,
        string source,
        CancellationToken ct,
        Func<bool>? stillSame = null
    )
    {
        var stored = await storage.SaveAsync(content, ct);
        if (stillSame is not null && !stillSame())
            throw new StatementFileChangedException(fileName);
        var file = await RegisterAsync(stored, fileName, source, enqueue: false, ct);
        return (file, IsDone(file));
    }

    /// <summary>
    /// Stores and registers a file, and asks for its import as durable background work (an
    /// <see cref="ImportStatement"/> message in the transaction that registers it): once this returns, the file is
    /// safe and will be imported to the end whatever the caller does next. The upload's door. When the same content was
    /// imported before, the answer that says so.
    /// </summary>
    public async Task<(StatementFile File, StatementImportResult? AlreadyImported)> ReceiveAsync(
        Stream content,
        string fileName,
        string source,
        CancellationToken ct
    )
    {
        var stored = await storage.SaveAsync(content, ct);
        var file = await RegisterAsync(stored, fileName, source, enqueue: true, ct);
        return (file, IsDone(file) ? AlreadyImported(file, fileName) : null);
    }

    private static bool IsDone(StatementFile file) =>
        file.Status is StatementFileStatus.Imported or StatementFileStatus.ImportedWithErrors;

    public StatementImportResult AlreadyImported(StatementFile file, string fileName)
    {
        _logger.LogInformation(
            "Statement file {FileName} ({Sha256}) was already imported as {StatementFileId}: nothing changed",
            fileName,
            file.Sha256,
            file.Id
        );
        return new StatementImportResult(
            file,
            ImportOutcome.AlreadyImported,
            $"This content was already imported on {file.ImportedAt:yyyy-MM-dd HH:mm} as file {file.Id} "
                + $"({file.FileName}): nothing changed."
        );
    }

    /// <summary>
    /// Imports a registered file, or resumes it where it stopped: the background import, the sweeper and an operator's
    /// retry. <paramref name="by"/> names who asked, in the file's history.
    /// </summary>
    public async Task<StatementImportResult> RunAsync(Guid fileId, string by, CancellationToken ct)
    {
        var result = await RunLockedAsync(fileId, by, ct);
        if (result.Outcome != ImportOutcome.InProgress)
            signals.Finished(result);
        return result;
    }

    private async Task<StatementImportResult> RunLockedAsync(Guid fileId, string by, CancellationToken ct)
    {
        // One importer per file at a time, across processes.
        await using var held = await AdvisoryLock.TryAcquireAsync(database, FileLock(fileId), ct);
        if (held is null)
        {
            var busy = await LoadAsync(fileId, ct);
            return new StatementImportResult(
                busy,
                ImportOutcome.InProgress,
                "Another process is importing this file now."
            );
        }
        // One file writes deposits at a time, across processes: a credit another file describes is then recorded by one
        // of them and recognised by the other, whichever comes first (BatchCredits).
        await using var identity = _settings.RecogniseOtherDoors
            ? await AdvisoryLock.AcquireAsync(database, IdentityLock, ct)
            : null;
        var file = await LoadAsync(fileId, ct);
        if (IsDone(file))
            return new StatementImportResult(
                file,
                ImportOutcome.AlreadyImported,
                "The file is already imported: nothing changed."
            );
        return await ImportLockedAsync(file, by, ct);
    }

    private static long FileLock(Guid fileId) => BitConverter.ToInt64(fileId.ToByteArray(), 0);

    private async Task<StatementImportResult> ImportLockedAsync(StatementFile file, string by, CancellationToken ct)
    {
        file.Attempts++;
        file.Status = StatementFileStatus.Importing;
        file.LastError = null;
        file.LastProgressAt = _clock.GetUtcNow();
        var attempt = new ImportAttempt(file.Attempts, by, _clock.GetUtcNow());
        file.History.Add(attempt);
        await SaveFileAsync(file, ct, LegacyStatements(file));

        // First pass: the whole file must read. A file that cannot is refused before anything of it is written.
        var (format, fatal) = Validate(file.StoredPath, _settings.Limits);
        if (fatal is not null)
        {
            file.Status = StatementFileStatus.Failed;
            file.Report.Format = format;
            file.LastError = fatal.ToString();
            file.Report.AddProblem(new ImportProblem(fatal.Location, fatal.Reason, Fatal: true));
            Ended(attempt, "failed", file.LastError);
            await SaveFileAsync(file, ct);
            _logger.LogWarning(
                "Statement file {StatementFileId} ({FileName}) refused: {Location}: {Reason}",
                file.Id,
                file.FileName,
                fatal.Location,
                fatal.Reason
            );
            return new StatementImportResult(
                file,
                ImportOutcome.Failed,
                $"The file cannot be read: {fatal}. Nothing was imported; the file is kept and can be retried."
            );
        }

        var run = new ImportRun(this, file, format!.Value);
        try
        {
            await run.ExecuteAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await RecordStopAsync(file.Id, attempt, e);
            throw;
        }

        file.Status = file.Report.Errors > 0 ? StatementFileStatus.ImportedWithErrors : StatementFileStatus.Imported;
        file.ImportedAt = _clock.GetUtcNow();
        Ended(attempt, file.Status == StatementFileStatus.Imported ? "imported" : "imported-with-errors", null);
        await FinishAsync(file, ct);
        _logger.LogInformation(
            "Statement file {StatementFileId} ({FileName}, {Format}) imported: {Lines} lines, {Deposits} new "
                + "deposits, {Duplicates} duplicates, {Errors} errors",
            file.Id,
            file.FileName,
            format,
            file.Report.Lines,
            file.Report.Deposits,
            file.Report.Duplicates,
            file.Report.Errors
        );
        return file.Status == StatementFileStatus.Imported
            ? new StatementImportResult(file, ImportOutcome.Imported, "Imported.")
            : new StatementImportResult(
                file,
                ImportOutcome.ImportedWithErrors,
                $"Imported; {file.Report.Errors} problem(s) are listed in the report."
            );
    }

    private void Ended(ImportAttempt attempt, string outcome, string? error)
    {
        attempt.EndedAt = _clock.GetUtcNow();
        attempt.Outcome = outcome;
        attempt.Error = error;
    }

    private static (StatementFormat? Format, StatementProblem? Fatal) Validate(string path, StatementLimits limits)
    {
        using var stream = OpenRead(path);
        return StatementReader.Check(stream, limits);
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    /// <summary>
    /// One pass of writing a file, from its checkpoint to its end, in stages that overlap: the reading
    /// (parsing, keys, what each line is, the report's counts) cuts the file into batches; the writing
    /// prepares each batch (reads its deposits and workers, decides, serialises) while the batch before it
    /// commits, and commits it once that one has. Batches commit in order, one at a time, and at most one
    /// more waits between reading and writing, so memory stays a few batches.
    /// </summary>
    private sealed partial class ImportRun(StatementImporter importer, StatementFile file, StatementFormat format)
    {
        private List<PendingCredit> _deposits = [];
        private List<StatementEntry> _entries = [];

        // The accounts whose statements this run has closed, as they stand now (the database has them only once their
        // batch commits); each closing makes a new ledger, so one handed to the writing is never changed after.
        private readonly Dictionary<string, AccountLedger> _ledgers = [];
        private List<AccountLedger> _ledgersClosed = [];

        // Credits seen earlier in this file: key → digest of content (64-bit, so memory stays small for big files).
        private readonly Dictionary<long, long> _seenKeys = [];
        private readonly Dictionary<long, int> _occurrences = [];
        private readonly Channel<PendingBatch> _pending = Channel.CreateBounded<PendingBatch>(
            new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true }
        );

        // The statements changed since the last checkpoint, and those still open (a file's statements are documents of
        // their own).
        private readonly Dictionary<int, StatementSummary> _statements = [];
        private readonly HashSet<int> _touched = [];
        private int _ends;
        private int _batch;
        private long _item;

        /// <summary>A transaction's worth of the file, as the reading left it: the file document (report and
        /// checkpoint) is a copy taken then.</summary>
        private sealed record PendingBatch(
            int Number,
            List<PendingCredit> Deposits,
            List<StatementEntry> Entries,
            List<AccountLedger> Ledgers,
            List<StatementRecord> Statements,
            string File
        );

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
                catch (Exception writeError)
                    when (writeError is not (OperationCanceledException or ChannelClosedException)
                        && writeError != readError
                    )
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

        private static long Hash(string text) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);
    }
}
