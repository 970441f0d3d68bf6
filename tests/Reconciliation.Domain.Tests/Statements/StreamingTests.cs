using System.Text;
using Reconciliation.Domain.Statements;
using Reconciliation.Domain.Statements.Parsers;

namespace Reconciliation.Domain.Tests.Statements;

/// <summary>Lines come out while the file is still being read: a file is never loaded whole.</summary>
public sealed class StreamingTests
{
    [Theory]
    [InlineData(StatementFormat.Camt053)]
    [InlineData(StatementFormat.Mt940)]
    [InlineData(StatementFormat.ScotiabankCsv)]
    public void The_first_lines_are_read_before_the_end_of_an_endless_file(StatementFormat format)
    {
        using var endless = new EndlessStatement(format);
        var lines = StatementFormatDetector
            .ParserFor(format)
            .Parse(endless)
            .OfType<StatementLine>()
            .Take(1000)
            .ToList();
        Assert.Equal(1000, lines.Count);
        Assert.Equal(Enumerable.Range(1, 1000), lines.Select(l => l.Position));
        // What was read from the "file" is a small window, not the whole of it.
        Assert.True(endless.BytesRead < 4 * 1024 * 1024, $"{endless.BytesRead} bytes read for 1,000 lines");
    }

    /// <summary>A statement whose lines never end, produced as it is read.</summary>
    private sealed class EndlessStatement(StatementFormat format) : Stream
    {
        private byte[] _pending = Encoding.UTF8.GetBytes(Header(format));
        private int _offset;
        private int _line;

        public long BytesRead { get; private set; }

        private static string Header(StatementFormat format) =>
            format switch
            {
                StatementFormat.Camt053 =>
                    """<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">"""
                        + """<BkToCstmrStmt><Stmt><Id>X</Id>""",
                StatementFormat.Mt940 => ":20:X\n:25:044180001068672782\n:60F:C260101MXN0,\n",
                _ => "",
            };

        private string NextLine()
        {
            _line++;
            return format switch
            {
                StatementFormat.Camt053 => $"<Ntry><Amt Ccy=\"MXN\">{_line}.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
                    + "<Sts><Cd>BOOK</Cd></Sts><ValDt><Dt>2026-03-10</Dt></ValDt><NtryDtls><TxDtls><Refs>"
                    + $"<EndToEndId>K{_line}</EndToEndId></Refs><RmtInf><Ustrd>PAGO IMSS 12345678903</Ustrd></RmtInf>"
                    + "</TxDtls></NtryDtls></Ntry>",
                StatementFormat.Mt940 => $":61:2603100310C{_line},00NTRFNONREF//R{_line}\n:86:PAGO IMSS 12345678903\n",
                _ => $"2026/03/10,{_line:D20},{_line}.00,Abono,TRANSF INTERBANCARIA SPEI,PAGO IMSS 12345678903,/BBVA "
                    + "MEXICO,PAGO IMSS 12345678903/BBVA MEXICOFecha de Abono: 10 "
                    + $"MARK{_line}JUAN/012180001234567899400120000000001\n",
            };
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                _pending = Encoding.UTF8.GetBytes(NextLine());
                _offset = 0;
            }
            var n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            BytesRead += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position
        {
            get => BytesRead;
            set => throw new NotSupportedException();
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
