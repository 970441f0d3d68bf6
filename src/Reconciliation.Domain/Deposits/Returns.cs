using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Deposits;

/// <summary>A debit of the IMSS account as a possible return: what it says of the credit it may take back.</summary>
public sealed record DebitIdentity(
    decimal Amount,
    DateOnly? Date,
    string? Participant,
    IReadOnlyList<string> References,
    bool MarkedAsReturn,
    string EntryId
);

/// <summary>What a debit takes back: a deposit, or a problem for an operator, or nothing (an ordinary debit).</summary>
public sealed record ReturnMatch(Deposit? Original, Phrase? Problem);

/// <summary>
/// A reversal or return is found by the original's identity, never by amount alone (docs/DOMAIN.md, *Reversals and
/// returns*): a deposit whose tracking key is one of the debit's references (or, for a credit whose key the bank ran
/// into the payer's name, whose text starts with one), of the debit's sending participant when it names one, on or
/// before the debit's date, of the same amount. Exactly one is the original. None: a debit the bank marked as a return
/// is a problem for an operator, any other debit is an ordinary one. Several, or one whose amount differs: a problem,
/// never a guess.
/// </summary>
public static class Returns
{
    /// <summary>The debit's references as tracking keys are compared (upper case).</summary>
    public static IReadOnlyList<string> Keys(DebitIdentity debit) =>
        debit.References.Where(r => r.Length > 0).Select(r => r.ToUpperInvariant()).Distinct().ToList();

    public static ReturnMatch Find(DebitIdentity debit, IEnumerable<Deposit> deposits)
    {
        var keys = Keys(debit);
        var named = deposits.Where(d => Names(d, keys)).ToList();
        if (debit.Participant is { } participant)
            named = named.Where(d => d.SendingParticipant is null || d.SendingParticipant == participant).ToList();
        if (debit.Date is { } date)
            named = named.Where(d => d.ValueDate <= date).ToList();
        var what = new Phrase(
            "debit",
            Format(debit.Amount),
            keys.Count == 0 ? new Phrase("none") : (object)string.Join(", ", keys),
            debit.Participant is null ? "" : (object)new Phrase("participant", debit.Participant)
        );
        if (named.Count == 0)
            return new ReturnMatch(null, debit.MarkedAsReturn ? new Phrase("return-unknown", what) : null);

        var open = named.Where(d => d.Status != DepositStatus.Returned || d.ReturnedBy == debit.EntryId).ToList();
        if (open.Count == 0)
            // The same return in another file (a statement sent again, overlapping periods) is not a second one.
            return named.Any(d => d.ReturnedOn == debit.Date && d.Amount == debit.Amount)
                ? new ReturnMatch(null, null)
                : new ReturnMatch(null, new Phrase("return-again", what, named[0].Id));
        var same = open.Where(d => d.Amount == debit.Amount).ToList();
        if (same.Count == 1)
            return new ReturnMatch(same[0], null);
        if (same.Count > 1)
            return new ReturnMatch(
                null,
                new Phrase("return-several", what, same.Count, string.Join(", ", same.Select(d => d.Id)))
            );
        return new ReturnMatch(null, new Phrase("return-partial", what, open[0].Id, Format(open[0].Amount)));
    }

    private static bool Names(Deposit deposit, IReadOnlyList<string> keys) =>
        deposit.TrackingKey is { } key
            ? keys.Contains(key.ToUpperInvariant())
            // A key run into the payer's name: only a long one names the credit (a short reference, or an NSS, could
            // begin any text).
            : (deposit.Texts ?? []).Any(t =>
                keys.Any(k => k.Length >= 12 && t.StartsWith(k, StringComparison.OrdinalIgnoreCase))
            );

    private static string Format(decimal amount) =>
        amount.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
}
