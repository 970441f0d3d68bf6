using System.Globalization;
using System.Security;
using System.Text;
using Reconciliation.Domain.Statements.Parsers;

namespace Reconciliation.Api.Generator;

/// <summary>Writes a month's credits as the bank sends them: camt.053, MT940 or the Scotiabank CSV export.</summary>
public static class StatementWriters
{
    public const string ImssClabe = "044180001068672782";
    public static readonly string[] Formats = ["camt053", "mt940", "csv"];

    public static string Extension(string format) =>
        format switch
        {
            "camt053" => "xml",
            "mt940" => "sta",
            _ => "csv",
        };

    /// <summary>Writes the statement and returns its closing balance (the next statement's opening).</summary>
    public static decimal Write(
        string format,
        Stream output,
        IReadOnlyList<GeneratedCredit> credits,
        DateOnly month,
        int sequence,
        decimal opening
    )
    {
        var closing = opening + credits.Sum(c => c.Reversal ? -c.Amount : c.Amount);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16);
        switch (format)
        {
            case "camt053":
                Camt(writer, credits, month, sequence, opening, closing);
                break;
            case "mt940":
                Mt940(writer, credits, month, sequence, opening, closing);
                break;
            case "csv":
                Csv(writer, credits);
                break;
            default:
                throw new ArgumentException($"format must be one of {string.Join(", ", Formats)}", nameof(format));
        }
        return closing;
    }

    /// <summary>The bank's own reference of a line: the same for a line the bank lists twice, another for its
    /// reversal.</summary>
    private static string BankReference(GeneratedCredit c) => "SCO" + c.TrackingKey[^16..] + (c.Reversal ? "R" : "");

    private static string BankNumber(GeneratedCredit c) => (c.Reversal ? "9" : "0") + c.TrackingKey[^19..];

    private static string Amount(decimal a) => a.ToString("0.00", CultureInfo.InvariantCulture);

    private static void Camt(
        StreamWriter w,
        IReadOnlyList<GeneratedCredit> credits,
        DateOnly month,
        int sequence,
        decimal opening,
        decimal closing
    )
    {
        var last = month.AddMonths(1).AddDays(-1);
        var id = $"GEN{month:yyyyMM}";
        w.Write($"""<?xml version="1.0" encoding="UTF-8"?>""");
        w.Write(
            """<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr>"""
                + $"""<MsgId>{id}</MsgId><CreDtTm>{last:yyyy-MM-dd}T23:00:00-06:00</CreDtTm></GrpHdr>"""
        );
        w.Write(
            $"""<Stmt><Id>{id}</Id><ElctrncSeqNb>{sequence}</ElctrncSeqNb><Acct><Id><Othr><Id>{ImssClabe}</Id></Othr>"""
                + """</Id><Ccy>MXN</Ccy></Acct>"""
        );
        w.Write(
            $"""<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="MXN">{Amount(opening)}</Amt>"""
                + $"""<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{month:yyyy-MM-dd}</Dt></Dt></Bal>"""
        );
        w.Write(
            $"""<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="MXN">{Amount(closing)}</Amt>"""
                + $"""<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{last:yyyy-MM-dd}</Dt></Dt></Bal>"""
        );
        foreach (var c in credits)
        {
            var direction = c.Reversal ? "DBIT" : "CRDT";
            w.Write('\n');
            w.Write(
                $"""<Ntry><Amt Ccy="MXN">{Amount(c.Amount)}</Amt>"""
                    + $"""<CdtDbtInd>{direction}</CdtDbtInd>{(c.Reversal ? "<RvslInd>true</RvslInd>" : "")}<Sts>"""
                    + """<Cd>BOOK</Cd></Sts>"""
            );
            w.Write(
                $"""<BookgDt><Dt>{c.ValueDate:yyyy-MM-dd}</Dt></BookgDt><ValDt><Dt>{c.ValueDate:yyyy-MM-dd}</Dt>"""
                    + $"""</ValDt><AcctSvcrRef>{BankReference(c)}</AcctSvcrRef>"""
            );
            w.Write(
                $"""<NtryDtls><TxDtls><Refs><EndToEndId>{c.TrackingKey}</EndToEndId></Refs><RltdPties><Dbtr>"""
                    + $"""<Nm>{SecurityElement.Escape(c.PayerName)}</Nm></Dbtr>"""
            );
            w.Write($"""<DbtrAcct><Id><Othr><Id>{c.PayerClabe}</Id></Othr></Id></DbtrAcct></RltdPties>""");
            w.Write(
                $"""<RltdAgts><DbtrAgt><FinInstnId><ClrSysMmbId><MmbId>{c.Participant}</MmbId></ClrSysMmbId>"""
                    + """</FinInstnId></DbtrAgt></RltdAgts>"""
            );
            w.Write(
                $"""<RmtInf><Ustrd>{SecurityElement.Escape(c.Concept)}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"""
            );
        }
        w.Write("\n</Stmt></BkToCstmrStmt></Document>\n");
    }

    private static void Mt940(
        StreamWriter w,
        IReadOnlyList<GeneratedCredit> credits,
        DateOnly month,
        int sequence,
        decimal opening,
        decimal closing
    )
    {
        string Mt(decimal a) => a.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');
        var last = month.AddMonths(1).AddDays(-1);
        w.Write(
            $"{{1:F01SCOTMXMMAXXX0000000000}}{{2:O9400200{last:yyMMdd}SCOTMXMMAXXX0000000000{last:yyMMdd}0200N}}{{4:\n"
        );
        w.Write(
            $":20:GEN{month:yyyyMM}\n:25:{ImssClabe}\n:28C:{sequence:D5}/001\n"
                + $":60F:C{month.AddDays(-1):yyMMdd}MXN{Mt(opening)}\n"
        );
        foreach (var c in credits)
        {
            w.Write(
                $":61:{c.ValueDate:yyMMdd}{c.ValueDate:MMdd}{(c.Reversal ? "RC" : "C")}{Mt(c.Amount)}"
                    + $"NTRFNONREF//{BankReference(c)}\n"
            );
            var detail = c.Reversal
                ? $"DEVOLUCION SPEI RASTREO: {c.TrackingKey}"
                : $"SPEI RECIBIDO {c.Concept} RASTREO: {c.TrackingKey} CLABE {c.PayerClabe}";
            // Lines of at most 65 characters, the tag counted in the first, cut at the width wherever it falls, as
            // SWIFT does (the parser joins a line that fills the width to the next without a space).
            var first = Math.Min(61, detail.Length);
            w.Write(":86:" + detail[..first] + "\n");
            for (var i = first; i < detail.Length; i += 65)
                w.Write(detail.Substring(i, Math.Min(65, detail.Length - i)) + "\n");
        }
        w.Write($":62F:C{last:yyMMdd}MXN{Mt(closing)}\n-}}\n");
    }

    private static readonly string[] Banks = ["BBVA MEXICO", "SANTANDER", "BANORTE", "STP", "BANCOPPEL", "HSBC"];

    private static void Csv(StreamWriter w, IReadOnlyList<GeneratedCredit> credits)
    {
        foreach (var c in credits)
        {
            if (c.Reversal)
            {
                w.Write(
                    $"{c.ValueDate:yyyy/MM/dd},{BankNumber(c)},{Amount(c.Amount)},Cargo,DEVOLUCION SPEI,DEVOLUCION "
                        + $"{c.TrackingKey},,\n"
                );
                continue;
            }
            // The export has no quoting: commas in a concept would shift the fields, so the bank never leaves one.
            var concept = c.Concept.Replace(',', ' ');
            var bank = Banks[int.Parse(c.Participant) % Banks.Length];
            var reference = BankNumber(c)[^10..];
            w.Write(
                $"{c.ValueDate:yyyy/MM/dd},{BankNumber(c)},{Amount(c.Amount)},Abono,TRANSF INTERBANCARIA "
                    + $"SPEI,{concept},/{bank},"
            );
            w.Write(
                $"{concept}/{bank}Fecha de Abono: {c.ValueDate.Day:D2} "
                    + $"{ScotiabankCsvParser.Months[c.ValueDate.Month - 1]}{c.TrackingKey}{c.PayerName}"
                    + $"/{c.PayerClabe}{c.Participant}{reference}\n"
            );
        }
    }
}
