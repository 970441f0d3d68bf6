using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Marten;
using Microsoft.Extensions.Logging;
using Npgsql;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Statements.Import;
using Reconciliation.Jobs.Matching;
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
    DepositMatching matching,
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
    private readonly DepositMatching _matching = matching;
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
}
