using System.Globalization;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Coverage;

/// <summary>
/// An amount that is not an accepted one, measured against the nearest accepted amount (k × the monthly
/// fee, k among the accepted counts; on a tie the smaller): 11,424.92 against a fee of 1,905.82 is
/// "underpaid by 10.00 against 6 months (11,434.92)", not "overpaid against 1 month".
/// </summary>
public sealed record Mismatch(decimal Received, int Months, decimal MonthlyFee, decimal Expected)
{
    /// <summary>Received − expected: negative when underpaid, positive when overpaid.</summary>
    public decimal Difference => Received - Expected;

    public bool Underpaid => Difference < 0;

    public FlagKind Kind => Underpaid ? FlagKind.Underpaid : FlagKind.Overpaid;

    /// <summary>"underpaid by 10.00 against 6 months (11,434.92)".</summary>
    public Phrase Describe() =>
        new(
            Underpaid ? "underpaid" : "overpaid",
            Format(Math.Abs(Difference)),
            Months == 1 ? new Phrase("months-1") : new Phrase("months-n", Months),
            Format(Expected)
        );

    public static string Format(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>The accepted amount nearest to <paramref name="amount"/> over every fee that may apply (on a tie, the
    /// smaller).</summary>
    public static Mismatch Nearest(decimal amount, IEnumerable<decimal> monthlyFees, IEnumerable<int> acceptedMonths)
    {
        var received = Money.ToCentavos(amount);
        var best = monthlyFees
            .SelectMany(fee => acceptedMonths.Select(k => (Months: k, Fee: fee, Expected: Money.ToCentavos(fee) * k)))
            .OrderBy(c => Math.Abs(received - c.Expected))
            .ThenBy(c => c.Expected)
            .First();
        return new Mismatch(amount, best.Months, best.Fee, Money.FromCentavos(best.Expected));
    }
}
