using Reconciliation.Domain.Statements;
using Reconciliation.Domain.Statements.Import;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// A statement line that is not a deposit (a debit, a reversal, another account, not booked…),
/// kept with its raw text for the balance check and for audit. A debit of the IMSS account may return a deposit: it is
/// looked up by its <see cref="References"/> (<see cref="IsReturn"/>: the bank marked it as a return).
/// </summary>
public sealed record StatementEntry(
    string Id,
    Guid StatementFileId,
    int Position,
    string Location,
    string? Account,
    LineDisposition Disposition,
    decimal Amount,
    string? Currency,
    Direction Direction,
    bool IsReversal,
    string Status,
    DateOnly? BookingDate,
    DateOnly? ValueDate,
    string? TrackingKey,
    string? SendingParticipant,
    string? BankReference,
    string? Concept,
    string Raw,
    IReadOnlyList<string>? References = null,
    bool IsReturn = false
);
