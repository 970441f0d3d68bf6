using Reconciliation.Domain.Statements;

namespace Reconciliation.Domain.Tests.Statements;

/// <summary>Statements of the IMSS account as the import expects them (Samples/mx/README.md).</summary>
public sealed class MexicanSampleTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Camt053_of_the_IMSS_account()
    {
        var (format, items) = Samples.Read("mx/imss-camt053-2026-03-10.xml");

        Assert.Equal(StatementFormat.Camt053, format);
        Assert.Empty(items.Problems());
        var start = Assert.Single(items.OfType<StatementStart>());
        Assert.Equal("044180001068672782", start.Account);
        Assert.Equal("61", start.SequenceNumber);
        Assert.Equal(D(2026, 3, 10), start.PeriodStart);
        Assert.Equal(D(2026, 3, 10), start.PeriodEnd);

        var lines = items.Lines();
        Assert.Equal([1905.82m, 11434.92m, 1905.82m, 2000.00m, 1500.00m, 500.00m, 17.40m], lines.Select(l => l.Amount));

        var spei = lines[0];
        Assert.Equal("BNET01002603100012345678", spei.TrackingKey);
        Assert.Equal("40012", spei.SendingParticipant);
        Assert.Equal("JUAN PEREZ LOPEZ", spei.PayerName);
        Assert.Equal("012180001234567899", spei.PayerAccount);
        Assert.Equal("PAGO IMSS 12345678903 MARZO", spei.Concept);
        Assert.Equal(D(2026, 3, 10), spei.BookingDate);

        // Without an agent in the file, the participant comes from the payer's CLABE (072 → 40072).
        Assert.Equal("40072", lines[1].SendingParticipant);

        var reversal = lines[2];
        Assert.True(reversal.IsReversal);
        Assert.Equal(Direction.Debit, reversal.Direction);
        Assert.Equal("BNET01002603100012345678", reversal.TrackingKey);

        Assert.Equal([1, 2], new[] { lines[3].PartNumber!.Value, lines[4].PartNumber!.Value });
        Assert.Equal("IMSS 55555555550", lines[3].Concept);
        Assert.Equal("CURP HEGG560427MVZRRL04", lines[4].Concept);
        Assert.Equal("90646", lines[4].SendingParticipant);

        Assert.Equal("PDNG", lines[5].Status);
        Assert.Equal("COMISION SPEI", lines[6].FreeText.Single());

        // Booked lines carry the balance from opening to closing.
        var closing = Assert.Single(items.OfType<StatementEnd>()).Closing!.Amount;
        Assert.Equal(start.Opening!.Amount + lines.Where(l => l.Status == "BOOK").Sum(l => l.SignedAmount), closing);
    }

    [Fact]
    public void Camt054_notification_of_the_same_credits()
    {
        var (format, items) = Samples.Read("mx/imss-camt054-2026-03-10.xml");
        Assert.Equal(StatementFormat.Camt054, format);
        var lines = items.Lines();
        Assert.Equal(["BNET01002603100012345678", "MBAN01002603100098765432"], lines.Select(l => l.TrackingKey!));
        Assert.Equal(["40012", "40072"], lines.Select(l => l.SendingParticipant!));
        Assert.All(lines, l => Assert.Equal(D(2026, 3, 10), l.ValueDate));
    }

    [Fact]
    public void Mt940_across_the_year_end_with_a_reversal_and_two_accounts()
    {
        var (format, items) = Samples.Read("mx/imss-mt940-year-end.sta");

        Assert.Equal(StatementFormat.Mt940, format);
        Assert.Empty(items.Problems());
        var starts = items.OfType<StatementStart>().ToList();
        Assert.Equal(["044180001068672782", "044180009999999999"], starts.Select(s => s.Account!));
        Assert.Equal("00365/001", starts[0].SequenceNumber);

        var lines = items.Lines().Where(l => l.StatementOrdinal == 1).ToList();
        Assert.Equal(4, lines.Count);

        Assert.Equal(D(2025, 12, 31), lines[0].ValueDate);
        Assert.Equal(D(2025, 12, 31), lines[0].BookingDate);
        Assert.Equal("BNET01002512310000111", lines[0].TrackingKey);
        Assert.Equal("012180001234567899", lines[0].PayerAccount);
        Assert.Equal("40012", lines[0].SendingParticipant);
        Assert.Contains("31058512349", lines[0].Concept);

        // Value date 31 December 2025, entry date "0102": booked 2 January 2026.
        Assert.Equal(D(2025, 12, 31), lines[1].ValueDate);
        Assert.Equal(D(2026, 1, 2), lines[1].BookingDate);
        Assert.Equal("20260102401380000000001", lines[1].TrackingKey);
        Assert.Equal("40137", lines[1].SendingParticipant);
        Assert.Equal("1234567", lines[1].NumericReference);

        Assert.True(lines[2].IsReversal);
        Assert.Equal(Direction.Debit, lines[2].Direction);
        Assert.Equal("BNET01002512310000111", lines[2].TrackingKey);

        Assert.Equal(119m, lines[3].Amount);
        Assert.Equal("PAGO 1503 8800 015", lines[3].Concept);

        var closing = items.OfType<StatementEnd>().First().Closing!.Amount;
        Assert.Equal(starts[0].Opening!.Amount + lines.Sum(l => l.SignedAmount), closing);
    }

    [Fact]
    public void Scotiabank_csv_export_with_SPEI_details()
    {
        var (format, items) = Samples.Read("mx/imss-scotiabank-2026-01.csv");

        Assert.Equal(StatementFormat.ScotiabankCsv, format);
        Assert.Empty(items.Problems());
        var lines = items.Lines();
        Assert.Equal(4, lines.Count);

        var first = lines[0];
        Assert.Equal(1905.82m, first.Amount);
        Assert.Equal(Direction.Credit, first.Direction);
        Assert.Equal(D(2026, 1, 2), first.BookingDate);
        Assert.Equal(D(2025, 12, 31), first.ValueDate); // "Fecha de Abono: 31 DIC", booked 2 January
        Assert.Equal("PAGO IMSS 31058512349 ENERO", first.Concept);
        Assert.Equal("012180001234567899", first.PayerAccount);
        Assert.Equal("40012", first.SendingParticipant);
        Assert.Equal("1234567", first.NumericReference);
        Assert.Equal("123456", first.BankReference);
        Assert.Contains("BNET01002512310000111MARIA LOPEZ", first.FreeText);
        Assert.Null(first.TrackingKey); // run together with the payer's name: not certain

        Assert.Equal(D(2026, 1, 2), lines[1].ValueDate);
        Assert.Equal("40137", lines[1].SendingParticipant);
        Assert.Equal("CUOTA IMSS 4312-9076-543 FEB", lines[1].Concept);

        Assert.Equal(Direction.Debit, lines[2].Direction);
        Assert.Equal(17.40m, lines[2].Amount);

        Assert.Equal("PAGO SEMESTRAL NSS 15038800015 ENERO A JUNIO", lines[3].Concept);
        Assert.Equal("90638", lines[3].SendingParticipant);
        Assert.Equal(D(2026, 1, 5), lines[3].ValueDate);
        Assert.Equal("line 4", lines[3].Location);
    }
}

/// <summary>What banks send beyond the plain case: other character sets, wrapped and structured :86:, quoted
/// CSV.</summary>
public sealed class MexicanVariantSampleTests
{
    [Fact]
    public void Mt940_in_Windows_1252_with_its_86_broken_at_words_and_in_swift_codes()
    {
        var (format, items) = Samples.Read("mx/imss-mt940-latin1-wrapped.sta");

        Assert.Equal(StatementFormat.Mt940, format);
        Assert.Empty(items.Problems()); // the 0x1A after the last message is not a line
        Assert.Equal("windows-1252", Assert.Single(items.OfType<StatementStart>()).Encoding);
        var lines = items.Lines();
        Assert.Equal([1905.82m, 2098.13m], lines.Select(l => l.Amount));

        // Broken at words with the space dropped: the words stay apart, so the NSS is a whole token and the key ends
        // where it ends.
        var words = lines[0];
        Assert.Equal(
            "SPEI RECIBIDO PAGO IMSS 31058512349 ENERO RASTREO BNET01002601050000222 ORDENANTE JOSÉ MUÑOZ PEÑA "
                + "CLABE 012180001234567899",
            words.Concept
        );
        Assert.Equal("BNET01002601050000222", words.TrackingKey);
        Assert.Equal("40012", words.SendingParticipant);
        var nss = Assert.Single(Reconciliation.Domain.Matching.ReferenceExtractor.Candidates([words.Concept!]));
        Assert.Equal(("31058512349", true), (nss.Nss.Value, nss.Clean));

        // SWIFT codes, wrapped at 65 inside USTD: the remittance is the concept, EREF the key, ORDP the payer.
        var coded = lines[1];
        Assert.Equal("CUOTA IMSS 43129076543 ENERO", coded.Concept);
        Assert.Equal("20260105401380000000009", coded.TrackingKey);
        Assert.Equal("MARÍA IBÁÑEZ", coded.PayerName);
    }

    [Fact]
    public void Scotiabank_csv_with_quoted_fields()
    {
        var (format, items) = Samples.Read("mx/imss-scotiabank-quoted.csv");

        Assert.Equal(StatementFormat.ScotiabankCsv, format);
        Assert.Empty(items.Problems());
        Assert.Equal("utf-8", Assert.Single(items.OfType<StatementStart>()).Encoding);
        var credit = items.Lines()[0];
        Assert.Equal(1905.82m, credit.Amount);
        Assert.Contains("PAGO IMSS, 31058512349", credit.Concept);
        Assert.Equal("40012", credit.SendingParticipant);
        Assert.Equal("012180001234567899", credit.PayerAccount);
        Assert.StartsWith(
            "2026/01/05,00000000000000000011,1905.82,Abono,TRANSF INTERBANCARIA SPEI,\"PAGO IMSS, 31058512349\"",
            credit.Raw
        );
    }

    [Theory]
    [InlineData("2026/01/05,1,1.00,Abono,X,\"open", "a quoted field is not closed by the end of the line")]
    [InlineData("2026/01/05,1,1.00,Abono,X,\"a\"b,c,d", "text after the closing quote")]
    public void A_broken_quote_is_a_problem_of_its_line(string line, string reason)
    {
        var items = Reconciliation
            .Domain.Statements.StatementReader.Read(
                new MemoryStream(
                    System.Text.Encoding.UTF8.GetBytes(
                        line + "\n2026/01/05,00000000000000000000,17.40,Cargo,COMISION SPEI,,,\n"
                    )
                )
            )
            .Items.ToList();
        var problem = Assert.Single(items.Problems());
        Assert.Contains(reason, problem.Reason);
        Assert.False(problem.Fatal);
        Assert.Single(items.Lines()); // the next line is read
    }
}

/// <summary>The reports a bank sends during the day (camt.052, MT942), and a statement in a business-message
/// envelope.</summary>
public sealed class IntradayAndEnvelopeSampleTests
{
    [Fact]
    public void Camt052_is_a_format_of_its_own_read_like_a_notification()
    {
        var (format, items) = Samples.Read("mx/imss-camt052-2026-03-10.xml");
        Assert.Equal(StatementFormat.Camt052, format);
        Assert.True(format!.Value.IsProvisional());
        Assert.Empty(items.Problems());
        Assert.Equal("044180001068672782", Assert.Single(items.OfType<StatementStart>()).Account);
        Assert.Equal([1905.82m, 11434.92m], items.Lines().Select(l => l.Amount));
        Assert.Equal("BNET01002603100012345678", items.Lines()[0].TrackingKey);
    }

    [Fact]
    public void Mt942_is_a_format_of_its_own_read_like_MT940()
    {
        var (format, items) = Samples.Read("mx/imss-mt942-2026-03-10.sta");
        Assert.Equal(StatementFormat.Mt942, format);
        Assert.True(format!.Value.IsProvisional());
        Assert.Empty(items.Problems());
        var line = Assert.Single(items.Lines());
        Assert.Equal(
            (1905.82m, "BNET01002603100012345678", "40012"),
            (line.Amount, line.TrackingKey, line.SendingParticipant)
        );
        Assert.Equal(StatementFormat.Mt942, Assert.Single(items.OfType<StatementStart>()).Format);
    }

    [Fact]
    public void A_camt053_inside_an_envelope_reads_as_the_same_statement()
    {
        var (format, items) = Samples.Read("mx/imss-camt053-enveloped.xml");
        var (_, plain) = Samples.Read("mx/imss-camt053-2026-03-10.xml");
        Assert.Equal(StatementFormat.Camt053, format);
        Assert.Empty(items.Problems());
        Assert.Equal(
            plain.Lines().Select(l => (l.Amount, l.TrackingKey, l.Concept)),
            items.Lines().Select(l => (l.Amount, l.TrackingKey, l.Concept))
        );
        Assert.Equal(plain.OfType<StatementEnd>().Single().Closing, items.OfType<StatementEnd>().Single().Closing);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("02")]
    [InlineData("06")]
    [InlineData("08")]
    public void Camt052_of_every_version_is_recognised(string version)
    {
        var text = System
            .Text.Encoding.UTF8.GetString(Samples.Bytes("mx/imss-camt052-2026-03-10.xml"))
            .Replace("camt.052.001.08", $"camt.052.001.{version}");
        var (format, items) = Samples.Read(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Equal(StatementFormat.Camt052, format);
        Assert.Equal(2, items.Lines().Count);
    }

    [Fact]
    public void A_document_of_another_kind_inside_an_envelope_is_refused_naming_what_was_found()
    {
        var text =
            """<?xml version="1.0"?><Envelope xmlns="urn:swift:xsd:envelope">"""
            + """<AppHdr xmlns="urn:iso:std:iso:20022:tech:xsd:head.001.001.02"/>"""
            + """<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"/>"""
            + """<Other xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"/></Envelope>""";
        var (_, fatal) = Samples.Check(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.NotNull(fatal);
        Assert.Contains("no Document in namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.NN", fatal!.Reason);
    }
}
