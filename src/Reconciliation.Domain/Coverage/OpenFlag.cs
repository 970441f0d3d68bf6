using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Coverage;

public sealed record OpenFlag(
    string FlagId,
    string DepositId,
    FlagKind Kind,
    string Detail,
    DateOnly On,
    Phrase? DetailPhrase = null
);
