using Reconciliation.Domain.Matching;
using Reconciliation.Domain.Statements.Parsers;

namespace Reconciliation.Domain.Tests.Statements;

/// <summary>
/// The MT940 :86: joined as the bank wrapped it: a token split at the wrap is whole again, two words on either side of
/// a wrap stay two words, and structured sub-fields are read by name.
/// </summary>
public sealed class Mt940InformationTests
{
    private const string Concept =
        "SPEI RECIBIDO PAGO IMSS 12345678903 RASTREO BNET01002603100012345678 ORDENANTE JUAN PEREZ LOPEZ CLABE "
        + "012180001234567899";

    /// <summary>Cut every <paramref name="width"/> characters, as SWIFT does, the first line counting its
    /// tag.</summary>
    private static List<string> FixedWidth(string text, int width)
    {
        var lines = new List<string> { text[..Math.Min(text.Length, width - 4)] };
        for (var at = width - 4; at < text.Length; at += width)
            lines.Add(text[at..Math.Min(text.Length, at + width)]);
        return lines;
    }

    /// <summary>Broken at word boundaries, the space dropped, no line over <paramref name="width"/>.</summary>
    private static List<string> AtWords(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var limit = lines.Count == 0 ? width - 4 : width;
            if (line.Length > 0 && line.Length + 1 + word.Length > limit)
            {
                lines.Add(line);
                line = word;
            }
            else
                line = line.Length == 0 ? word : $"{line} {word}";
        }
        lines.Add(line);
        return lines;
    }

    public static TheoryData<int> Widths() => [.. Enumerable.Range(20, 46)];

    /// <summary>Widths that cut the concept into three lines or more, and the standard one: with a single wrap at a
    /// width of its own a bank's cut cannot be told from a break at a word, and it is read as one.</summary>
    public static TheoryData<int> FixedWidths() => [.. Enumerable.Range(20, 42), 65];

    [Theory]
    [MemberData(nameof(FixedWidths))]
    public void A_concept_wrapped_at_a_fixed_width_is_whole_again_wherever_the_wrap_falls(int width) =>
        Assert.Equal(Concept, Mt940Information.Of(FixedWidth(Concept, width)).Text);

    [Theory]
    [InlineData(65)]
    [InlineData(35)]
    [InlineData(27)]
    public void Every_position_of_the_NSS_and_the_tracking_key_across_a_standard_wrap_is_read_whole(int width)
    {
        // Shift the text one character at a time, so that the wrap falls at every position of the NSS and of the key.
        for (var shift = 0; shift < width; shift++)
        {
            var text = (new string('X', shift) + " " + Concept).Trim();
            var read = Mt940Information.Of(FixedWidth(text, width)).Text;
            Assert.Equal(text, read);
            var candidate = Assert.Single(ReferenceExtractor.Candidates([read]));
            Assert.Equal(("12345678903", true), (candidate.Nss.Value, candidate.Clean));
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void A_concept_broken_at_words_keeps_its_words_apart(int width) =>
        Assert.Equal(Concept, Mt940Information.Of(AtWords(Concept, width)).Text);

    [Fact]
    public void The_wrap_that_ran_a_key_into_the_next_word_no_longer_does()
    {
        var read = Mt940Information
            .Of(["SPEI RECIBIDO PAGO IMSS", "12345678903 RASTREO BNET01002603100012345678", "ORDENANTE JUAN"])
            .Text;
        Assert.Equal("SPEI RECIBIDO PAGO IMSS 12345678903 RASTREO BNET01002603100012345678 ORDENANTE JUAN", read);
    }

    [Fact]
    public void German_subfields_give_the_purpose_the_payer_and_the_end_to_end_reference()
    {
        // ?20 to ?29 are cut at 27 characters, inside the reference and the NSS; the lines at 65, inside a sub-field.
        var read = Mt940Information.Of([
            "166?00SEPA-GUTSCHRIFT?109310?20EREF+BNET010026031000123456?21",
            "78 SVWZ+PAGO IMSS 123456789?2203 MARZO?30BBVAMXMM?3101218000",
            "1234567899?32JUAN PEREZ LOPEZ?34166",
        ]);
        Assert.Equal("BNET01002603100012345678", read.EndToEnd);
        Assert.Equal("PAGO IMSS 12345678903 MARZO", read.Remittance);
        Assert.Equal("JUAN PEREZ LOPEZ", read.PayerName);
    }

    [Fact]
    public void Swift_codes_give_the_remittance_the_payer_and_the_end_to_end_reference()
    {
        var read = Mt940Information.Of([
            "/EREF/BNET01002603100012345678//ORDP/NAME/JUAN PEREZ LOPEZ/REMI/USTD//PAGO IMSS",
            "12345678903 MARZO/",
        ]);
        Assert.Equal("BNET01002603100012345678", read.EndToEnd);
        Assert.Equal("PAGO IMSS 12345678903 MARZO", read.Remittance);
        Assert.Equal("JUAN PEREZ LOPEZ", read.PayerName);
    }
}
