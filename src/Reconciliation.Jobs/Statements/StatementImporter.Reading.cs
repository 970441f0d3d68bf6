using System.Globalization;
using System.Text.Json;
using Marten.Exceptions;
using Microsoft.Extensions.Logging;
using Npgsql;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Statements;
using Reconciliation.Domain.Statements.Import;
using Reconciliation.Domain.Words;
using Wolverine.Runtime;

namespace Reconciliation.Jobs.Statements;

public sealed partial class StatementImporter
{
    /// <summary>The reading stage: the file, line by line, into batches of what each line becomes, with the report's
    /// counts and checks.</summary>
    private sealed partial class ImportRun
    {
        private async Task ReadAsync(CancellationToken ct)
        {
            var report = file.Report;
            report.Format = format;
            StatementStart? statement = null;
            string? account = null;

            await using var stream = OpenRead(file.StoredPath);
            var (_, items) = StatementReader.Read(stream, importer._settings.Limits);
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
                        report.Encoding ??= start.Encoding;
                        if (done)
                            break;
                        report.StatementCount++;
                        Touch(Summary(start, account));
                        break;
                    case StatementLine line:
                        var key = KeyOf(line, out var repeatedDifferently);
                        if (done)
                            break;
                        await LineAsync(
                            line,
                            account,
                            key,
                            repeatedDifferently,
                            await SummaryAsync(line.StatementOrdinal, ct),
                            ct
                        );
                        break;
                    case StatementEnd end:
                        if (done)
                            break;
                        await EndAsync(end, statement, account, ct);
                        break;
                    case StatementProblem { Fatal: true } problem:
                        // The check before the import read the same file without meeting it: the run stops, as on a
                        // database error, with what has committed kept, and a retry resumes from the checkpoint.
                        throw new InvalidOperationException(
                            $"the file stopped reading at {problem.Location}, which the check before the import "
                                + $"passed: {problem.Reason}"
                        );
                    case StatementProblem problem:
                        if (!done)
                            report.AddProblem(ImportProblem.Of(problem));
                        break;
                }
            }
            await CutAsync(ct);
        }

        /// <summary>
        /// The statement a line or an end belongs to: in memory while it is open; a statement begun before the
        /// checkpoint a run resumes from is read back from its document.
        /// </summary>
        private async Task<StatementSummary> SummaryAsync(int ordinal, CancellationToken ct)
        {
            if (_statements.TryGetValue(ordinal, out var open))
                return Touch(open);
            await using var session = importer._store.QuerySession();
            var record = await session.LoadAsync<StatementRecord>(StatementRecord.IdOf(file.Id, ordinal), ct)
                ?? throw new InvalidOperationException(
                    $"statement {ordinal} of file {file.Id} began before the checkpoint but has no record"
                );
            return Touch(record.Summary);
        }

        /// <summary>The statement changed: it is written at the next checkpoint.</summary>
        private StatementSummary Touch(StatementSummary summary)
        {
            _statements[summary.Ordinal] = summary;
            _touched.Add(summary.Ordinal);
            return summary;
        }

        private StatementSummary Summary(StatementStart s, string? account) =>
            new()
            {
                Ordinal = s.Ordinal,
                StatementId = s.StatementId,
                Account = account,
                ImssAccount = importer._rules.IsImss(account),
                Currency = s.Currency,
                SequenceNumber = s.SequenceNumber,
                PeriodStart = s.PeriodStart,
                PeriodEnd = s.PeriodEnd,
                Opening = s.Opening,
            };

        /// <summary>The deposit key of a line; a tracking key met twice in one file with other content is told apart,
        /// and reported.</summary>
        private string KeyOf(StatementLine line, out bool repeatedDifferently)
        {
            repeatedDifferently = false;
            var digest = DepositKey.ContentDigest(line);
            // The digest is already a SHA-256 in hex: its first 64 bits serve as its hash.
            var digestHash = long.Parse(
                digest.AsSpan(0, 16),
                NumberStyles.AllowHexSpecifier,
                CultureInfo.InvariantCulture
            );
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

        /// <summary>Hands what is pending to the writing, with a copy of the file document as it stands; waits while
        /// the writing is a batch behind.</summary>
        private async Task CutAsync(CancellationToken ct)
        {
            file.Checkpoint = _item;
            file.LastProgressAt = importer._clock.GetUtcNow();
            var statements = _touched.Select(o => StatementRecord.Of(file.Id, _statements[o])).ToList();
            // Closed statements are done with; the open one (at most one) stays for the lines that follow.
            foreach (var ordinal in _touched.Where(o => _statements[o].Closed).ToList())
                _statements.Remove(ordinal);
            _touched.Clear();
            await _pending.Writer.WriteAsync(
                new PendingBatch(
                    ++_batch,
                    _deposits,
                    _entries,
                    _ledgersClosed,
                    statements,
                    JsonSerializer.Serialize(file)
                ),
                ct
            );
            _deposits = [];
            _entries = [];
            _ledgersClosed = [];
            _ends = 0;
        }
    }
}
