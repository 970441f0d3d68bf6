using Reconciliation.Domain.Deposits;

namespace Reconciliation.Api.Reports;

/// <summary>
/// What happened on a day (Mexico City): the files imported, what their credits became, and the queue. The totals add
/// up: the statements' credits are the new deposits, the confirmed ones, the duplicates, the sightings of deposits
/// other doors recorded, and the credits that are not deposits; the new deposits are matched, in suspense, still
/// unmatched, to be refunded or returned. The day's refund instructions, returns taken back by the bank and lots of
/// credit held are counted with their totals, as are the refunds and splits awaiting approval now, and the ledger of
/// every worker's money adds up.
/// </summary>
public sealed record DailyReport(
    DateOnly Date,
    IReadOnlyList<DailyReportFile> Files,
    int Credits,
    decimal CreditTotal,
    int Deposits,
    decimal DepositTotal,
    decimal ConfirmedTotal,
    decimal DuplicateTotal,
    decimal SightingTotal,
    decimal OtherCreditTotal,
    IReadOnlyDictionary<DepositStatus, DailyReportCount> DepositsByStatus,
    IReadOnlyDictionary<string, int> FlagsRaised,
    IReadOnlyDictionary<string, int> ExceptionsRaised,
    IReadOnlyDictionary<string, int> ExceptionsOpen,
    bool CreditsAddUp,
    bool DepositsAddUp,
    DailyReportCount RefundsRequested,
    DailyReportCount Returned,
    DailyReportCount LotsHeld,
    DailyReportCount AwaitingApproval,
    Ledger Ledger
);

/// <summary>
/// Every worker's money as it stands now, summed: matched = applied + held + refunded + reversed + transferred, to the
/// centavo (<see cref="AddsUp"/>); provisional credits are not money yet.
/// </summary>
public sealed record Ledger(
    decimal Matched,
    decimal Applied,
    decimal Held,
    decimal Refunded,
    decimal Reversed,
    decimal Transferred,
    decimal Provisional,
    bool AddsUp
);
