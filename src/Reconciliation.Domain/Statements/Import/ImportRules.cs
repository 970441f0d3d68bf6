namespace Reconciliation.Domain.Statements.Import;

/// <summary>
/// Only booked credits in pesos to the IMSS account are deposits; everything else is recorded, not applied. A credit
/// without a date, or dated before the first fee parameters (<paramref name="firstUsableDate"/>), cannot be decided: it
/// is a problem of its line, kept with the file, and the rest of the file imports.
/// </summary>
public sealed class ImportRules(
    IEnumerable<string> imssAccounts,
    string defaultAccount,
    DateOnly firstUsableDate = default
)
{
    public const string Pesos = "MXN";

    /// <summary>The IMSS collection account: its CLABE and its account number (docs/DOMAIN.md, *Who pays, to
    /// whom*).</summary>
    public static readonly string[] DefaultImssAccounts = ["044180001068672782", "00106867278"];

    public IReadOnlySet<string> ImssAccounts { get; } = imssAccounts.Select(Normalize).ToHashSet();

    /// <summary>The account a line belongs to: its statement's, or the default one for a format that names none (the
    /// CSV export).</summary>
    public string? AccountOf(StatementStart statement, StatementFormat format) =>
        statement.Account ?? (format == StatementFormat.ScotiabankCsv ? defaultAccount : null);

    public bool IsImss(string? account) => account is not null && ImssAccounts.Contains(Normalize(account));

    public DateOnly FirstUsableDate => firstUsableDate;

    public LineDisposition Classify(StatementLine line, string? account)
    {
        if (!IsImss(account))
            return LineDisposition.OtherAccount;
        if (line.Status != StatementLine.Booked)
            return LineDisposition.NotBooked;
        if (line.Direction == Direction.Debit)
            return LineDisposition.Debit;
        if (line.IsReversal)
            return LineDisposition.ReversalCredit;
        if ((line.Currency ?? Pesos) != Pesos)
            return LineDisposition.OtherCurrency;
        if (line.Amount <= 0)
            return LineDisposition.ZeroAmount;
        if ((line.ValueDate ?? line.BookingDate) is not { } date)
            return LineDisposition.Undated;
        if (date < firstUsableDate)
            return LineDisposition.BeforeFeeParameters;
        return LineDisposition.Deposit;
    }

    private static string Normalize(string account) => new(account.Where(char.IsAsciiLetterOrDigit).ToArray());
}
