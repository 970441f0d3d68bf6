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

/// <summary>Classify: what each line of a statement is (a credit to an IMSS account, a return, another movement, a
/// problem of its line).</summary>
public sealed partial class StatementImporter
{
    private sealed partial class ImportRun
    {
        private async Task LineAsync(
            StatementLine line,
            string? account,
            string key,
            bool repeatedDifferently,
            StatementSummary summary,
            CancellationToken ct
        )
        {
            var report = file.Report;
            report.Lines++;
            summary.Lines++;
            if (line.Direction == Direction.Credit)
            {
                report.Credits++;
                report.CreditTotal += line.Amount;
                summary.Credits++;
                summary.CreditTotal += line.Amount;
            }
            else
            {
                report.Debits++;
                report.DebitTotal += line.Amount;
                summary.Debits++;
                summary.DebitTotal += line.Amount;
            }
            if (line.Status == StatementLine.Booked)
                summary.BookedMovement += line.SignedAmount;

            var disposition = importer._rules.Classify(line, account);
            report.Count(disposition);
            if (disposition == LineDisposition.Deposit)
            {
                if (repeatedDifferently)
                    report.AddProblem(
                        ImportProblem.Of(
                            line.Location,
                            new Phrase(
                                "repeated-differently",
                                line.TrackingKey,
                                line.SendingParticipant,
                                $"{line.ValueDate:yyyy-MM-dd}"
                            ),
                            fatal: false
                        )
                    );
                _deposits.Add(new PendingCredit(key, line, account!));
            }
            else
            {
                if (disposition == LineDisposition.Undated)
                    report.AddProblem(
                        ImportProblem.Of(line.Location, new Phrase("credit-undated", line.Amount), fatal: false)
                    );
                else if (disposition == LineDisposition.BeforeFeeParameters)
                    report.AddProblem(
                        ImportProblem.Of(
                            line.Location,
                            new Phrase(
                                "credit-before-fees",
                                line.Amount,
                                $"{line.ValueDate ?? line.BookingDate:yyyy-MM-dd}",
                                $"{importer._rules.FirstUsableDate:yyyy-MM-dd}"
                            ),
                            fatal: false
                        )
                    );
                if (line.Direction == Direction.Credit)
                    report.OtherCreditTotal += line.Amount;
                _entries.Add(
                    new StatementEntry(
                        $"{file.Id:N}:{line.Position}",
                        file.Id,
                        line.Position,
                        line.Location,
                        account,
                        disposition,
                        line.Amount,
                        line.Currency,
                        line.Direction,
                        line.IsReversal,
                        line.Status,
                        line.BookingDate,
                        line.ValueDate,
                        line.TrackingKey,
                        line.SendingParticipant,
                        line.BankReference,
                        line.Concept,
                        line.Raw,
                        line.References,
                        line.IsReturn
                    )
                );
            }
            if (_deposits.Count + _entries.Count + _ends >= importer._settings.BatchSize)
                await CutAsync(ct);
        }
    }
}
