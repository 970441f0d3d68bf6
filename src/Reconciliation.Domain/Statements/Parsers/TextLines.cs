using System.Text;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>
/// Reads a text file line by line as strict UTF-8 (a byte-order mark is allowed): bytes that are not
/// UTF-8 stop the reading with the line where they are. Lines longer than <see cref="MaxLineLength"/> are refused.
/// </summary>
internal sealed class TextLines(Stream stream) : IDisposable
{
    public const int MaxLineLength = 100_000;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly StreamReader _reader = new(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
    private readonly StringBuilder _line = new();

    public int LineNumber { get; private set; }

    public string? Next()
    {
        _line.Clear();
        try
        {
            while (true)
            {
                var c = _reader.Read();
                if (c == -1)
                {
                    if (_line.Length == 0) return null;
                    break;
                }
                if (c == '\n') break;
                if (c == '\r')
                {
                    if (_reader.Peek() == '\n') _reader.Read();
                    break;
                }
                if (_line.Length >= MaxLineLength)
                    throw new StatementFormatException($"line {LineNumber + 1}", $"line longer than {MaxLineLength:N0} characters");
                _line.Append((char)c);
            }
        }
        catch (DecoderFallbackException)
        {
            throw new StatementFormatException($"line {LineNumber + 1}", "the file is not valid UTF-8 text");
        }
        LineNumber++;
        if (LineNumber == 1 && _line.Length > 0 && _line[0] == '\uFEFF')
            _line.Remove(0, 1);
        return _line.ToString();
    }

    public void Dispose() => _reader.Dispose();
}
