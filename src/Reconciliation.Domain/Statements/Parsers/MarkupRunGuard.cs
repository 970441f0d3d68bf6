using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>
/// A read-only stream over an XML file that refuses a run of more than <see cref="StatementLimits.MaxMarkupRunBytes"/>
/// bytes from one markup start (<c>&lt;</c>) to the next: the XML reader would hold such a run whole (a tag with a name
/// or attributes of any size, or a text as large as the file, <c>&gt;</c> being allowed in both) before any other limit
/// could see it. A comment or a CDATA section (<c>&lt;!</c> … <c>--&gt;</c> or <c>]]&gt;</c>) is one run, whatever it
/// holds.
/// </summary>
internal sealed class MarkupRunGuard(Stream inner, int maxRun) : Stream
{
    private long _run;
    private long _offset;

    // After a '<': whether it opens a comment (<!--, ends with -->), a CDATA section (<![, ends with ]]>) or a
    // declaration (<!, ends with >). Inside a comment or CDATA section a '<' starts nothing.
    private enum State
    {
        Markup,
        AfterLt,
        AfterBang,
        Comment,
        Cdata,
        Declaration,
    }

    private State _state = State.Markup;
    private byte _last,
        _beforeLast;

    public override int Read(byte[] buffer, int offset, int count) =>
        Guard(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override int Read(Span<byte> buffer) => Guard(buffer[..inner.Read(buffer)]);

    private int Guard(ReadOnlySpan<byte> read)
    {
        var i = 0;
        while (i < read.Length)
        {
            switch (_state)
            {
                case State.AfterLt:
                    _state = read[i] == (byte)'!' ? State.AfterBang : State.Markup;
                    Advance(read.Slice(i++, 1));
                    continue;
                case State.AfterBang:
                    _state = read[i] switch
                    {
                        (byte)'-' => State.Comment,
                        (byte)'[' => State.Cdata,
                        _ => State.Declaration,
                    };
                    Advance(read.Slice(i++, 1));
                    continue;
                case State.Comment or State.Cdata or State.Declaration:
                {
                    // Only a '>' can end it: the next one, and the two bytes before it.
                    var gt = read[i..].IndexOf((byte)'>');
                    if (gt < 0)
                    {
                        Advance(read[i..]);
                        i = read.Length;
                        Check(i);
                        continue;
                    }
                    Advance(read[i..(i + gt)]);
                    var closes = _state switch
                    {
                        State.Comment => (_beforeLast, _last) == ((byte)'-', (byte)'-'),
                        State.Cdata => (_beforeLast, _last) == ((byte)']', (byte)']'),
                        _ => true,
                    };
                    Advance(read.Slice(i + gt, 1));
                    i += gt + 1;
                    Check(i);
                    if (closes)
                        _state = State.Markup;
                    continue;
                }
            }
            var lt = read[i..].IndexOf((byte)'<');
            if (lt < 0)
            {
                Advance(read[i..]);
                i = read.Length;
                Check(i);
                break;
            }
            Advance(read[i..(i + lt)]);
            Check(i + lt);
            _run = 0; // the '<' begins the next run
            Advance(read.Slice(i + lt, 1));
            _state = State.AfterLt;
            i += lt + 1;
        }
        _offset += read.Length;
        return read.Length;
    }

    private void Advance(ReadOnlySpan<byte> bytes)
    {
        _run += bytes.Length;
        if (bytes.Length >= 2)
            (_beforeLast, _last) = (bytes[^2], bytes[^1]);
        else if (bytes.Length == 1)
            (_beforeLast, _last) = (_last, bytes[0]);
    }

    private void Check(int at)
    {
        if (_run > maxRun)
            throw new StatementFormatException($"byte {_offset + at:N0}", new Phrase("markup-run", $"{maxRun:N0}"));
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position
    {
        get => _offset;
        set => throw new NotSupportedException();
    }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
