namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>
/// A read-only stream over an XML file that refuses a run of more than <see cref="StatementLimits.MaxMarkupRunBytes"/> bytes
/// without a markup character (&lt; or &gt;): the XML reader would hold such a run whole (a tag with a name or attributes of
/// any size, or a text as large as the file) before any other limit could see it.
/// </summary>
internal sealed class MarkupRunGuard(Stream inner, int maxRun) : Stream
{
    private long _run;
    private long _offset;

    public override int Read(byte[] buffer, int offset, int count) => Guard(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override int Read(Span<byte> buffer) => Guard(buffer[..inner.Read(buffer)]);

    private int Guard(ReadOnlySpan<byte> read)
    {
        var rest = read;
        while (rest.Length > 0)
        {
            var markup = rest.IndexOfAny((byte)'<', (byte)'>');
            if (markup < 0)
            {
                _run += rest.Length;
                break;
            }
            _run += markup;
            Check(read.Length - rest.Length + markup);
            _run = 0;
            rest = rest[(markup + 1)..];
        }
        Check(read.Length);
        _offset += read.Length;
        return read.Length;
    }

    private void Check(int at)
    {
        if (_run > maxRun)
            throw new StatementFormatException($"byte {_offset + at:N0}",
                $"more than {maxRun:N0} bytes without markup (a tag, a name or a text that long): not a bank statement (Statements:Limits:MaxMarkupRunBytes)");
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _offset; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
