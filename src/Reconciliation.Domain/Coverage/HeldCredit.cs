using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// A lot of held credit: what is still held of one deposit (<see cref="Amount"/>), the deposit's value date, and the
/// business date it has been held since (a lot given back by a reversal is held from the reversal's date, never
/// earlier). <see cref="Kept"/>: an operator looked at it and decided to leave it held.
/// </summary>
public sealed record HeldCredit(
    string DepositId,
    decimal Amount,
    DateOnly ValueDate,
    DateOnly HeldSince,
    bool Kept = false
);

/// <summary>The part of one deposit in a payment or a decision.</summary>
public sealed record LotPart(string DepositId, decimal Amount, DateOnly ValueDate);

/// <summary>What became of a lot that is no longer held: what a decision on it is told.</summary>
/// <remarks><see cref="WhatPhrase"/> says it in each language (absent from lots closed before it was kept).</remarks>
public sealed record LotOutcome(string DepositId, string What, DateOnly On, Phrase? WhatPhrase = null);
