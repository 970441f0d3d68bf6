using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Statements;
using Reconciliation.Domain.Statements.Import;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;

namespace Reconciliation.Jobs.Statements;

public sealed partial class StatementImporter
{
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
