using Reconciliation.Domain.Statements;

namespace Reconciliation.Domain.Tests.Statements;

/// <summary>The public sample files (Samples/public/README.md) parse to the right lines, amounts, dates and
/// references.</summary>
public sealed class PublicSampleTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Camt053_version_02_minimal()
    {
        var (format, items) = Samples.Read("public/genkgo-camt__camt053.v2.minimal.xml");

        Assert.Equal(StatementFormat.Camt053, format);
        Assert.Empty(items.Problems());
        var start = Assert.Single(items.OfType<StatementStart>());
        Assert.Equal("253EURNL26VAYB8060476890", start.StatementId);
        Assert.Equal("NL26VAYB8060476890", start.Account);
        Assert.Equal("EUR", start.Currency);
        Assert.Equal("12312", start.SequenceNumber);
        Assert.Equal(new Balance(18.15m, "EUR", D(2014, 12, 30)), start.Opening);
        var end = Assert.Single(items.OfType<StatementEnd>());
        Assert.Equal(new Balance(-27.00m, "SEK", D(2014, 12, 31)), end.Closing);
        Assert.Equal("Additional Information", end.AdditionalInformation);

        var line = Assert.Single(items.Lines());
        Assert.Equal(8.85m, line.Amount);
        Assert.Equal(Direction.Credit, line.Direction);
        Assert.False(line.IsReversal);
        Assert.Equal("BOOK", line.Status);
        Assert.Equal(D(2014, 12, 31), line.BookingDate);
        Assert.Equal(D(2015, 1, 2), line.ValueDate);
        Assert.Equal("NAME NAME", line.PayerName);
        Assert.Equal("NL56AGDH9619008421", line.PayerAccount);
        Assert.Equal("4654654654654654", line.Concept);
        Assert.Null(line.TrackingKey);
        Assert.Contains("<Ref>4654654654654654</Ref>", line.Raw);
    }

    [Fact]
    public void Camt053_version_08()
    {
        var (format, items) = Samples.Read("public/genkgo-camt__camt053.v8.xml");

        Assert.Equal(StatementFormat.Camt053, format);
        Assert.Empty(items.Problems());
        var line = Assert.Single(items.Lines());
        // The entry's amount, not the lone transaction's (0 SEK).
        Assert.Equal(8.85m, line.Amount);
        Assert.Equal("EUR", line.Currency);
        Assert.Equal("BOOK", line.Status);
        // <DtTm>2014-12-31T13:15:00+01:00</DtTm> is 06:15 in Mexico City, the same day.
        Assert.Equal(D(2014, 12, 31), line.BookingDate);
        Assert.Equal(D(2015, 1, 2), line.ValueDate);
        Assert.Equal("AAAASESS-FP-CN_98765/01", line.BankReference);
        Assert.Equal("MUELL/FINP/RA12345", line.TrackingKey);
        Assert.Equal("NAME NAME", line.PayerName);
        Assert.Equal("4654654654654654", line.Concept);
        Assert.Equal("NL26VAYB8060476890", Assert.Single(items.OfType<StatementStart>()).Account);
    }

    [Fact]
    public void Camt054_version_08_batch_is_split_and_the_difference_reported()
    {
        var (format, items) = Samples.Read("public/genkgo-camt__camt054.v8.xml");

        Assert.Equal(StatementFormat.Camt054, format);
        var start = Assert.Single(items.OfType<StatementStart>());
        Assert.Equal("CH2801234000123456789", start.Account);
        Assert.Null(start.Opening);
        Assert.Null(Assert.Single(items.OfType<StatementEnd>()).Closing);

        var lines = items.Lines();
        Assert.Equal([3.1m, 3.2m, 3.2m], lines.Select(l => l.Amount));
        Assert.All(lines, l => Assert.Equal("CHF", l.Currency));
        Assert.All(lines, l => Assert.Equal(Direction.Debit, l.Direction));
        Assert.All(lines, l => Assert.Equal(3, l.PartCount));
        Assert.Equal(
            ["UXC06170000006PI00001EE00001", "UXC06170000006PI00001EE00002", "UXC06170000006PI00001EE00002"],
            lines.Select(l => l.TrackingKey!)
        );
        Assert.Equal("Unstructured Remittance Information V1", lines[0].Concept);
        Assert.Equal("ISR ref number V2", lines[1].Concept);
        Assert.Equal(
            "Unstructured Remittance Information V3 block 1 Unstructured Remittance Information V3 block 2",
            lines[2].Concept
        );
        Assert.Contains("Ref number V3 block 2", lines[2].FreeText);
        Assert.Equal(D(2007, 10, 18), lines[0].ValueDate);

        // 200000 SEK against parts in CHF: reported, not dropped.
        var problem = Assert.Single(items.Problems());
        Assert.False(problem.Fatal);
        Assert.Contains("200000 SEK", problem.Reason);
        Assert.Contains("CHF", problem.Reason);
    }

    [Fact]
    public void Mt940_citi_with_blank_entry_dates_zero_amounts_and_continuation_lines()
    {
        var (format, items) = Samples.Read("public/wolph-mt940__citi_mt940.txt");

        Assert.Equal(StatementFormat.Mt940, format);
        Assert.Empty(items.Problems());
        var start = Assert.Single(items.OfType<StatementStart>());
        Assert.Equal("123456789", start.Account);
        Assert.Equal("1/1", start.SequenceNumber);
        Assert.Equal(new Balance(17376.67m, "USD", D(2024, 3, 12)), start.Opening);
        var closing = Assert.Single(items.OfType<StatementEnd>()).Closing!;
        Assert.Equal(16233.92m, closing.Amount);

        var lines = items.Lines();
        Assert.Equal([212.39m, 369.28m, 0m, 0m, 561.08m], lines.Select(l => l.Amount));
        Assert.Equal(
            [Direction.Debit, Direction.Debit, Direction.Credit, Direction.Credit, Direction.Debit],
            lines.Select(l => l.Direction)
        );
        Assert.All(lines, l => Assert.Equal(D(2024, 3, 12), l.ValueDate));
        Assert.All(lines, l => Assert.Equal(D(2024, 3, 12), l.BookingDate)); // blank entry date: the value date
        Assert.Equal("/PT/FT/PY/SOMETHING FOO BAR          112233   123456789", lines[0].Concept);
        Assert.Contains("/ABC/DEF/MISCELLANEOUS", lines[0].FreeText);
        Assert.Contains("/ABC/DEF/C 37897,00 BAI CD 025", lines[2].FreeText);
        Assert.Equal("line 5 (:61:)", lines[0].Location);
        Assert.Equal(start.Opening!.Amount + lines.Sum(l => l.SignedAmount), closing.Amount);
    }

    [Fact]
    public void Mt940_multiline_with_supplementary_details_statement_information_and_a_headless_message()
    {
        var (format, items) = Samples.Read("public/wolph-mt940__self-provided_multiline.sta");

        Assert.Equal(StatementFormat.Mt940, format);
        Assert.Empty(items.Problems());
        var starts = items.OfType<StatementStart>().ToList();
        Assert.Equal(2, starts.Count);
        Assert.Equal("BILMT940", starts[0].StatementId);
        Assert.Equal("BILLLULLXXX/\"NUMERO DE COMPTE IBAN 2\"", starts[0].Account);
        Assert.Equal("00115/001", starts[0].SequenceNumber);
        Assert.Equal(16.40m, starts[0].Opening!.Amount);
        var ends = items.OfType<StatementEnd>().ToList();
        Assert.Equal(11.40m, ends[0].Closing!.Amount);
        Assert.Equal("FREE TEXT FREE TEXT FREE TEXT FREE TEXT FREE TEXT FREE TEXT", ends[0].AdditionalInformation);

        var lines = items.Lines();
        Assert.Equal(2, lines.Count);
        var first = lines[0];
        Assert.Equal(5m, first.Amount);
        Assert.Equal(Direction.Debit, first.Direction);
        Assert.Equal(D(2004, 8, 4), first.ValueDate);
        Assert.Equal(D(2004, 8, 4), first.BookingDate);
        Assert.Equal("MUL0408041114005", first.BankReference);
        // A field of ?NN sub-fields: the concept is its purpose (?20 to ?29; here each a line of its own, of different
        // lengths); the whole field is still searched.
        Assert.Equal(["REFERENCE DO 111", "/OCMT/EUR4,5//IACC/D3/"], first.FreeText.Take(2));
        Assert.StartsWith("LIGNE111111111111111111111X12345678 LIGNE222", first.Concept);
        Assert.Contains("LIGNE101010101010101010101X12345678", first.Concept);
        Assert.Contains("NOM ET ADRESSE DO / BENEF 612345678", first.FreeText[2]);

        // "119," is 119.00; the entry date 1220 is next to the value date 2022-12-19.
        var second = lines[1];
        Assert.Equal(119m, second.Amount);
        Assert.Equal(Direction.Credit, second.Direction);
        Assert.Equal(D(2022, 12, 19), second.ValueDate);
        Assert.Equal(D(2022, 12, 20), second.BookingDate);
        Assert.Equal("O/341241774", second.BankReference);
        Assert.Equal(["341241773/1XXXXX", "Paiement"], second.FreeText);
        Assert.Equal(2, second.StatementOrdinal);
        Assert.Null(starts[1].Account);
    }

    [Fact]
    public void Camt052_version_08_an_intraday_report()
    {
        var (format, items) = Samples.Read("public/genkgo-camt__camt052.v8.xml");
        Assert.Equal(StatementFormat.Camt052, format);
        Assert.Empty(items.Problems());
        var start = Assert.Single(items.OfType<StatementStart>());
        Assert.Equal("CH2801234000123456789", start.Account);
        Assert.Equal("12312", start.SequenceNumber);
        var line = Assert.Single(items.Lines());
        Assert.Equal((200000m, "SEK", Direction.Debit), (line.Amount, line.Currency, line.Direction));
        Assert.Equal(D(2007, 10, 18), line.ValueDate);
    }

    [Fact]
    public void Mt942_of_mBank_an_interim_report()
    {
        var (format, items) = Samples.Read("public/wolph-mt940__mBank_mt942.sta");
        Assert.Equal(StatementFormat.Mt942, format);
        Assert.Empty(items.Problems());
        Assert.Equal("PL29114010810000267002001002", Assert.Single(items.OfType<StatementStart>()).Account);
        var lines = items.Lines();
        Assert.Equal([0.01m, 0.01m, 0.01m], lines.Select(l => l.Amount));
        Assert.All(lines, l => Assert.Equal(Direction.Credit, l.Direction));
        // The :86: lines end with a space: words on either side of each wrap stay apart.
        Assert.Equal(
            "911 TRANSAKCJA COLLECT; ID IPH: XX000000000001; Z RACH.: 56114010810000267002001001; OD: JAN NOWAK  "
                + "UL. NIJAKA 1 M 2 31-234 KRAKOW; TYT.: PRZELEW SRODKOW   ; TNR: 179171073864111.010001",
            lines[0].Concept
        );
    }
}
