using System.Security.Cryptography;
using System.Text;
using Reconciliation.Domain.Statements;

namespace Reconciliation.Domain.Deposits;

/// <summary>
/// The natural key of a received credit (docs/DOMAIN.md, *Dates, and what identifies a transfer*), used as the
/// deposit's stream key so that the database itself refuses a second copy: (sending participant, operation date,
/// tracking key) for SPEI credits; for a line without a tracking key, its bank reference, a digest of its
/// content and its occurrence number among identical lines of the file.
/// </summary>
public static class DepositKey
{
    public static string For(StatementLine line, int occurrence)
    {
        if (line.TrackingKey is { Length: > 0 } tracking && line.ValueDate is { } date)
            return $"spei:{line.SendingParticipant ?? "unknown"}:{date:yyyyMMdd}:{tracking.ToUpperInvariant()}";
        return $"line:{line.BankReference ?? "-"}:{ContentDigest(line)}:{occurrence}";
    }

    /// <summary>What identifies a credit's content independently of its place in the file.</summary>
    public static string ContentDigest(StatementLine line)
    {
        var content = string.Join(
            '\u001f',
            line.Account,
            line.Currency,
            line.BookingDate?.ToString("yyyyMMdd"),
            line.ValueDate?.ToString("yyyyMMdd"),
            line.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            line.Direction,
            line.IsReversal,
            line.BankReference,
            line.SendingParticipant,
            line.PayerAccount,
            line.Concept,
            line.NumericReference
        );
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..24];
    }
}
