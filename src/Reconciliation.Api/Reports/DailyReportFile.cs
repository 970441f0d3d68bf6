using Reconciliation.Domain.Statements;
using Reconciliation.Jobs.Statements;

namespace Reconciliation.Api.Reports;

public sealed record DailyReportFile(
    Guid Id,
    string FileName,
    StatementFormat? Format,
    StatementFileStatus Status,
    int Credits,
    decimal CreditTotal,
    int Deposits,
    int Confirmed,
    int Duplicates,
    int Errors
);
