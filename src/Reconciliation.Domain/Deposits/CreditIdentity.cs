using System.Globalization;
using Reconciliation.Domain.Fees;

namespace Reconciliation.Domain.Deposits;

/// <summary>
/// What a line says of the SPEI credit it describes, whatever door it came through: the value date, the amount and the
/// sending participant (together, the <see cref="Bucket"/> every description of one credit shares), and the evidence
/// that tells two credits of one bucket apart: the tracking key, the CSV export's run-together SPEI detail (tracking
/// key and payer's name with nothing between them), the numeric reference, the payer's CLABE.
/// </summary>
public sealed record CreditTraits(
    DateOnly ValueDate,
    decimal Amount,
    string? Participant,
    string? TrackingKey,
    string? RunTogether,
    string? NumericReference,
    string? PayerAccount
)
{
    /// <summary>Credits of one bucket may be one credit; of two buckets, never. Null without a participant (not a SPEI
    /// credit).</summary>
    public string? Bucket =>
        Participant is { Length: > 0 } p
            ? $"{ValueDate:yyyyMMdd}:{Money.ToCentavos(Amount).ToString(CultureInfo.InvariantCulture)}:{p}"
            : null;
}

/// <summary>How two descriptions of credits compare.</summary>
public enum Sameness
{
    Different,
    Same,
    Unsure,
}

/// <summary>
/// One credit, one deposit (docs/DOMAIN.md, *One credit through several doors*): two lines describe one SPEI credit
/// when their value date, amount and sending participant agree and the tracking keys are equal, or one line's
/// run-together SPEI detail starts with the other's tracking key, or (no key settling it) their numeric references
/// agree and their payers' CLABEs do not disagree. Evidence that disagrees says they are two credits; anything less (a
/// CLABE alone, no evidence) is unsure, and an unsure or doubly-matched line is held for an operator, never counted
/// twice and never dropped.
/// </summary>
public static class CreditIdentity
{
    public static Sameness Compare(CreditTraits a, CreditTraits b)
    {
        if (a.Bucket is null || a.Bucket != b.Bucket)
            return Sameness.Different;
        var (keyA, keyB) = (Key(a.TrackingKey), Key(b.TrackingKey));
        var (runA, runB) = (Key(a.RunTogether), Key(b.RunTogether));
        if (keyA is not null && keyB is not null)
            return Verdict(keyA == keyB);
        if (keyA is not null && runB is not null)
            return Verdict(runB.StartsWith(keyA, StringComparison.Ordinal));
        if (keyB is not null && runA is not null)
            return Verdict(runA.StartsWith(keyB, StringComparison.Ordinal));
        if (runA is not null && runB is not null)
            return Verdict(runA == runB);

        // Without keys: the numeric references the payer chose settle it, unless the payers' CLABEs differ. A CLABE
        // alone does not: one payer may send two transfers of one amount on one day (and a wrong "same" would lose one
        // of them).
        var (reference, clabe) = (
            Agree(a.NumericReference, b.NumericReference),
            Agree(Key(a.PayerAccount), Key(b.PayerAccount))
        );
        if (reference is false || clabe is false)
            return Sameness.Different;
        return reference is true ? Sameness.Same : Sameness.Unsure;
    }

    /// <summary>
    /// What a new line is among the deposits of its bucket: one of them (a sighting of it), possibly one of several
    /// (held for an operator), or a credit of its own.
    /// </summary>
    public static Resolution Resolve(CreditTraits line, IEnumerable<(string DepositId, CreditTraits Traits)> deposits)
    {
        var compared = deposits.Select(d => (d.DepositId, Verdict: Compare(line, d.Traits))).ToList();
        var same = compared.Where(c => c.Verdict == Sameness.Same).Select(c => c.DepositId).ToList();
        var unsure = compared.Where(c => c.Verdict == Sameness.Unsure).Select(c => c.DepositId).ToList();
        if (same.Count == 1 && unsure.Count == 0)
            return new Resolution(same[0], []);
        if (same.Count + unsure.Count > 0)
            return new Resolution(null, [.. same, .. unsure]);
        return new Resolution(null, []);
    }

    private static Sameness Verdict(bool same) => same ? Sameness.Same : Sameness.Different;

    // A reference of zeros is no reference (the CSV export pads an absent one).
    private static bool? Agree(string? a, string? b) =>
        (a?.TrimStart('0'), b?.TrimStart('0')) is ({ Length: > 0 } x, { Length: > 0 } y) ? x == y : null;

    private static string? Key(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToUpperInvariant();
}

/// <summary>
/// A line resolved against its bucket: <see cref="Same"/> the one deposit it describes again, or <see cref="Possible"/>
/// the deposits it may describe (an operator decides), or neither: a credit of its own.
/// </summary>
public sealed record Resolution(string? Same, IReadOnlyList<string> Possible)
{
    public bool IsNew => Same is null && Possible.Count == 0;
}
