using System.Globalization;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Statements.Import;

/// <summary>
/// Statements of one account follow each other: the opening balance equals the previous closing
/// balance, and the sequence number does not skip (MT940 <c>statement/page</c>, camt <c>ElctrncSeqNb</c>).
/// </summary>
public static class StatementContinuity
{
    public static (string Result, Phrase? Detail) Check(
        string? previousSequence,
        decimal? previousClosing,
        StatementStart current
    )
    {
        if (previousSequence is null && previousClosing is null)
            return ("first", new Phrase("continuity-first"));
        var problems = new List<Phrase>();
        if (current.Opening is { } opening && previousClosing is { } closing && opening.Amount != closing)
            problems.Add(new Phrase("continuity-opening", opening.Amount, closing, opening.Amount - closing));
        if (
            Parse(previousSequence) is { } previous
            && Parse(current.SequenceNumber) is { } now
            && !Follows(previous, now)
        )
            problems.Add(new Phrase("continuity-sequence", current.SequenceNumber, previousSequence));
        if (problems.Count > 0)
            return ("break", new Phrase("as-is", problems));
        return current.Opening is null && current.SequenceNumber is null ? ("not-available", null) : ("ok", null);
    }

    private static bool Follows((long Number, long Page) previous, (long Number, long Page) now) =>
        (now.Number == previous.Number && now.Page == previous.Page + 1)
        || (now.Number == previous.Number + 1 && now.Page <= 1);

    /// <summary><c>00365/001</c> → (365, 1); <c>61</c> → (61, 0).</summary>
    private static (long Number, long Page)? Parse(string? sequence)
    {
        if (string.IsNullOrWhiteSpace(sequence))
            return null;
        var parts = sequence.Split('/');
        if (!long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return null;
        var page =
            parts.Length > 1 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var p)
                ? p
                : 0;
        return (number, page);
    }
}
