using System.Globalization;
using System.Text;

namespace Reconciliation.Api.Tests.Reconciliation;

/// <summary>
/// Writes camt.053.001.08 statements of the IMSS account for the tests (or camt.054 notifications, without balances). A
/// plain debit names the payer's bank as its creditor agent, as a return to the payer does; a reversal entry repeats
/// the original's parties.
/// </summary>
public sealed class CamtStatement(string id, string sequence, DateOnly day, bool notification = false)
{
    private readonly List<string> _entries = [];
    private decimal _movement;

    public CamtStatement Credit(
        decimal amount,
        DateOnly? valueDate,
        string trackingKey,
        string concept,
        string participant = "40012",
        string? payerAccount = null,
        string? reference = null
    )
    {
        _movement += amount;
        _entries.Add(
            Entry(
                amount,
                "CRDT",
                reversal: false,
                valueDate,
                trackingKey,
                concept,
                participant,
                payerAccount,
                reference
            )
        );
        return this;
    }

    /// <summary>A reversal entry (<c>RvslInd</c>) of the credit with this tracking key.</summary>
    public CamtStatement Reversal(decimal amount, DateOnly valueDate, string trackingKey, string participant = "40012")
    {
        _movement -= amount;
        _entries.Add(Entry(amount, "DBIT", reversal: true, valueDate, trackingKey, "DEVOLUCION SPEI", participant));
        return this;
    }

    /// <summary>A plain debit (no reversal mark) carrying this reference and concept.</summary>
    public CamtStatement Debit(
        decimal amount,
        DateOnly valueDate,
        string reference,
        string concept,
        string participant = "40012"
    )
    {
        _movement -= amount;
        _entries.Add(Entry(amount, "DBIT", reversal: false, valueDate, reference, concept, participant));
        return this;
    }

    private static string Amount(decimal a) => a.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Entry(
        decimal amount,
        string direction,
        bool reversal,
        DateOnly? valueDate,
        string trackingKey,
        string concept,
        string participant,
        string? payerAccount = null,
        string? reference = null
    )
    {
        var structured = reference is null ? "" : $"<Strd><CdtrRefInf><Ref>{reference}</Ref></CdtrRefInf></Strd>";
        var payer = payerAccount is null
            ? ""
            : $"<RltdPties><DbtrAcct><Id><Othr><Id>{payerAccount}</Id></Othr></Id></DbtrAcct></RltdPties>";
        // A reversal entry repeats the original's parties (the payer's bank as debtor's agent); a plain debit pays the
        // payer's bank.
        var agent = direction == "CRDT" || reversal ? "DbtrAgt" : "CdtrAgt";
        var dates = valueDate is { } v
            ? $"<BookgDt><Dt>{v:yyyy-MM-dd}</Dt></BookgDt><ValDt><Dt>{v:yyyy-MM-dd}</Dt></ValDt>"
            : "";
        return $"""
            <Ntry><Amt Ccy="MXN">{Amount(amount)}</Amt><CdtDbtInd>{direction}</CdtDbtInd>{(
                reversal ? "<RvslInd>true</RvslInd>" : ""
            )}<Sts><Cd>BOOK</Cd></Sts>
            {dates}<AcctSvcrRef>R{trackingKey}{direction}</AcctSvcrRef>
            <NtryDtls><TxDtls><Refs><EndToEndId>{trackingKey}</EndToEndId></Refs>{payer}
            <RltdAgts><{agent}><FinInstnId><ClrSysMmbId><MmbId>{participant}</MmbId></ClrSysMmbId></FinInstnId></{agent}></RltdAgts>
            <RmtInf><Ustrd>{concept}</Ustrd>{structured}</RmtInf></TxDtls></NtryDtls></Ntry>
            """;
    }

    public byte[] Build(decimal opening)
    {
        var (ns, root, statement) = notification
            ? ("camt.054", "BkToCstmrDbtCdtNtfctn", "Ntfctn")
            : ("camt.053", "BkToCstmrStmt", "Stmt");
        var balances = notification
            ? ""
            : $"""
                <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="MXN">{Amount(
                    opening
                )}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{day:yyyy-MM-dd}</Dt></Dt></Bal>
                <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="MXN">{Amount(
                    opening + _movement
                )}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{day:yyyy-MM-dd}</Dt></Dt></Bal>
                """;
        var xml = new StringBuilder(
            $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:{ns}.001.08"><{root}><GrpHdr><MsgId>{id}</MsgId><CreDtTm>{day:yyyy-MM-dd}T23:00:00-06:00</CreDtTm></GrpHdr>
            <{statement}><Id>{id}</Id>{(
                notification ? "" : $"<ElctrncSeqNb>{sequence}</ElctrncSeqNb>"
            )}<Acct><Id><Othr><Id>044180001068672782</Id></Othr></Id><Ccy>MXN</Ccy></Acct>
            {balances}
            """
        );
        foreach (var entry in _entries)
            xml.Append(entry);
        xml.Append($"</{statement}></{root}></Document>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    public decimal Closing(decimal opening) => opening + _movement;
}
