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
using Reconciliation.Domain.Words;
using Wolverine.Runtime;

namespace Reconciliation.Jobs.Statements;

/// <summary>The end of a statement: its balances checked against its movements, and its continuity with the one
/// before.</summary>
public sealed partial class StatementImporter
{
    private sealed partial class ImportRun
    {
        private async Task EndAsync(StatementEnd end, StatementStart? start, string? account, CancellationToken ct)
        {
            var summary = await SummaryAsync(end.Ordinal, ct);
            summary.Closing = end.Closing;
            var (result, expected, difference) = BalanceCheck.Of(summary.Opening, summary.BookedMovement, end.Closing);
            summary.BalanceCheck = result;
            summary.ExpectedClosing = expected;
            summary.BalanceDifference = difference;
            if (result == "mismatch")
                file.Report.AddProblem(
                    ImportProblem.Of(
                        $"statement {end.Ordinal}",
                        new Phrase(
                            "balance-mismatch",
                            summary.Opening!.Amount,
                            summary.BookedMovement,
                            expected,
                            end.Closing!.Amount,
                            difference
                        ),
                        fatal: false
                    )
                );

            // Continuity is kept for statements (not notifications) of a known account.
            if (
                account is not null
                && start is not null
                && !format.IsProvisional()
                && (start.Opening is not null || start.SequenceNumber is not null)
            )
            {
                if (!_ledgers.TryGetValue(account, out var ledger))
                {
                    await using var session = importer._store.QuerySession();
                    _ledgers[account] = ledger = await session.LoadAsync<AccountLedger>(account, ct)
                        ?? new AccountLedger { Id = account };
                }
                var (continuity, detail) = StatementContinuity.Check(ledger.LastSequence, ledger.LastClosing, start);
                summary.Continuity = continuity;
                summary.ContinuityDetail = detail?.ToString();
                summary.ContinuityWhy = detail;
                if (continuity == "break")
                    file.Report.AddProblem(
                        ImportProblem.Of(
                            $"statement {end.Ordinal} of account {account}",
                            new Phrase("continuity-break", detail),
                            fatal: false
                        )
                    );
                _ledgers[account] = ledger = new AccountLedger
                {
                    Id = account,
                    LastSequence = start.SequenceNumber ?? ledger.LastSequence,
                    LastClosing = end.Closing?.Amount ?? ledger.LastClosing,
                    LastPeriodEnd = start.PeriodEnd ?? ledger.LastPeriodEnd,
                    LastStatementFileId = file.Id,
                };
                _ledgersClosed.Add(ledger);
            }
            summary.Closed = true;
            // A statement's end weighs in the batch like a line, so a file of many small statements still commits in
            // batches.
            _ends++;
            if (_deposits.Count + _entries.Count + _ends >= importer._settings.BatchSize)
                await CutAsync(ct);
        }
    }
}
