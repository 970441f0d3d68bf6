namespace Reconciliation.Domain.Fees;

/// <summary>Money is <see cref="decimal"/> pesos, rounded half away from zero and compared in centavos.</summary>
public static class Money
{
    public static decimal Round2(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static long ToCentavos(decimal amount) => (long)Math.Round(amount * 100m, 0, MidpointRounding.AwayFromZero);

    public static decimal FromCentavos(long centavos) => centavos / 100m;

    /// <summary>True when the amount has no fraction of a centavo.</summary>
    public static bool HasAtMostTwoDecimals(decimal amount) => decimal.Round(amount, 2) == amount;
}
