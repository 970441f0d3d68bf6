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
                        new ImportProblem(
                            line.Location,
                            $"tracking key {line.TrackingKey} of participant {line.SendingParticipant} on "
                                + $"{line.ValueDate:yyyy-MM-dd} appears more than once in the file with different "
                                + "content: recorded as a separate credit",
                            Fatal: false
                        )
                    );
                _deposits.Add(new PendingCredit(key, line, account!));
            }
            else
            {
                if (disposition == LineDisposition.Undated)
                    report.AddProblem(
                        new ImportProblem(
                            line.Location,
                            $"credit of {line.Amount} has neither a value date nor a booking date: it cannot be "
                                + "applied; kept with the file",
                            Fatal: false
                        )
                    );
                else if (disposition == LineDisposition.BeforeFeeParameters)
                    report.AddProblem(
                        new ImportProblem(
                            line.Location,
                            $"credit of {line.Amount} is dated {(line.ValueDate ?? line.BookingDate):yyyy-MM-dd}, "
                                + $"before the first fee parameters ({importer._rules.FirstUsableDate:yyyy-MM-dd}): "
                                + "its fee cannot be computed; kept with the file",
                            Fatal: false
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
