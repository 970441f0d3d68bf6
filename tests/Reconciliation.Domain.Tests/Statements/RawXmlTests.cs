using System.Xml;
using System.Xml.Linq;
using Reconciliation.Domain.Statements.Parsers;

namespace Reconciliation.Domain.Tests.Statements;

/// <summary>The raw text of camt entries is written without an XmlWriter: it must be, character for character, what
/// XElement.ToString writes.</summary>
public sealed class RawXmlTests
{
    public static TheoryData<string> CamtSamples =>
        new(
            Directory
                .GetFiles(Samples.PathOf(""), "*.xml", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(Samples.PathOf(""), p))
                .Order()
        );

    [Theory]
    [MemberData(nameof(CamtSamples))]
    public void Every_entry_and_transaction_of_a_sample_reads_as_ToString_writes_it(string sample)
    {
        var compared = 0;
        using var reader = XmlReader.Create(
            Samples.PathOf(sample),
            new XmlReaderSettings { IgnoreWhitespace = true, IgnoreComments = true }
        );
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Ntry")
            {
                var entry = (XElement)XNode.ReadFrom(reader); // as the parser reads it: a tree of its own
                foreach (var element in entry.DescendantsAndSelf().Where(e => e.Name.LocalName is "Ntry" or "TxDtls"))
                {
                    Assert.Equal(element.ToString(SaveOptions.DisableFormatting), RawXml.Of(element));
                    compared++;
                }
            }
            else
                reader.Read();
        }
        Assert.True(compared > 0, $"{sample} has no entries");
    }

    [Theory]
    [InlineData(
        "<Ntry xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><Amt "
            + "Ccy=\"MXN\">1.00</Amt><AddtlNtryInf>PAGO &amp; CIA &lt;X&gt;</AddtlNtryInf></Ntry>"
    )]
    [InlineData("<Ntry xmlns=\"urn:x\"><Nm>O'HARA \"EL GÜERO\"</Nm><Empty /><EmptyText></EmptyText></Ntry>")]
    [InlineData("<Ntry xmlns=\"urn:x\"><Ustrd>line one\nline two\ttab</Ustrd></Ntry>")]
    [InlineData("<Ntry xmlns=\"urn:x\" xmlns:p=\"urn:p\"><p:Nm>prefixed</p:Nm></Ntry>")]
    [InlineData("<Ntry xmlns=\"urn:x\"><Nm><![CDATA[a < b]]></Nm><!-- note --></Ntry>")]
    [InlineData("<Ntry xmlns=\"urn:x\"><Amt Ccy=\"M&amp;N\">1</Amt></Ntry>")]
    [InlineData("<Ntry><Nm>no namespace 😀</Nm></Ntry>")]
    public void What_is_not_plain_is_written_by_ToString_so_it_comes_out_the_same(string xml)
    {
        var element = XElement.Parse(xml, LoadOptions.PreserveWhitespace);
        Assert.Equal(element.ToString(SaveOptions.DisableFormatting), RawXml.Of(element));
    }
}
