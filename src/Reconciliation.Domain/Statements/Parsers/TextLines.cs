using System.Buffers;
using System.Text;
using Reconciliation.Domain.Words;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>
/// Reads a text file line by line, as strict UTF-8 (a byte-order mark is allowed) or, when the whole file is not UTF-8
/// but every byte of it is Windows-1252 (the Latin-1 of Mexican and European exports: accents, Ñ), as Windows-1252; the
/// choice is made over the whole file before the first line, and <see cref="EncodingName"/> says which. Lines are split
/// on the bytes, then decoded one by one, so bytes that are neither are reported on their own line. Lines longer than
/// <paramref name="maxLineLength"/> bytes are refused rather than buffered. A DOS end-of-file mark (0x1A) at the end is
/// not text.
/// </summary>
internal sealed class TextLines : IDisposable
{
    private readonly int MaxLineLength;
    private readonly Stream stream;
    private readonly Encoding _encoding;

    public TextLines(Stream stream, int maxLineLength)
    {
        this.stream = stream;
        MaxLineLength = maxLineLength;
        _encoding = TextEncoding.Of(stream);
        EncodingName = _encoding == TextEncoding.Windows1252 ? "windows-1252" : "utf-8";
    }

    /// <summary><c>utf-8</c> or <c>windows-1252</c>.</summary>
    public string EncodingName { get; }

    private static readonly Encoding StrictUtf8 = TextEncoding.StrictUtf8;
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private readonly ArrayBufferWriter<byte> _line = new(256);
    private int _start,
        _end;
    private bool _eof;

    public int LineNumber { get; private set; }

    public string? Next()
    {
        _line.Clear();
        while (true)
        {
            if (_start == _end)
            {
                if (_eof || !Fill())
                {
                    if (_line.WrittenCount == 0 || _line.WrittenSpan.TrimEnd((byte)0x1A).Length == 0)
                        return null;
                    return Decode(atEnd: true);
                }
            }
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline >= 0 ? newline : span.Length;
            if (_line.WrittenCount + take > MaxLineLength)
                throw new StatementFormatException(
                    $"line {LineNumber + 1}",
                    new Phrase("line-too-long", $"{MaxLineLength:N0}")
                );
            _line.Write(span[..take]);
            _start += newline >= 0 ? take + 1 : take;
            if (newline >= 0)
                return Decode(atEnd: false);
        }
    }

    private bool Fill()
    {
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        _eof = _end == 0;
        return !_eof;
    }

    private string Decode(bool atEnd)
    {
        LineNumber++;
        var bytes = _line.WrittenSpan;
        if (atEnd)
            bytes = bytes.TrimEnd((byte)0x1A);
        if (bytes.Length > 0 && bytes[^1] == '\r')
            bytes = bytes[..^1];
        if (LineNumber == 1 && bytes.StartsWith("\uFEFF"u8))
            bytes = bytes[3..];
        // A statement is text: a NUL byte means binary or corrupt data (and PostgreSQL cannot keep it in a JSON text).
        if (bytes.IndexOf((byte)0) is var nul and >= 0)
            throw new StatementFormatException($"line {LineNumber}", new Phrase("binary-data", nul + 1));
        try
        {
            return _encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new StatementFormatException($"line {LineNumber}", new Phrase("not-utf8-at", e.Index + 1));
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
}
