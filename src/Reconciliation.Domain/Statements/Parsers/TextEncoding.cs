using System.Text;

namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>The character set of a text statement (MT940, CSV): UTF-8 when the whole file is, else Windows-1252 when
/// every byte is defined there.</summary>
internal static class TextEncoding
{
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true
    );

    public static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(
        1252,
        EncoderFallback.ExceptionFallback,
        DecoderFallback.ExceptionFallback
    )!;

    /// <summary>Reads a seekable stream once, and puts it back where it was; a stream that cannot seek is taken as
    /// UTF-8.</summary>
    public static Encoding Of(Stream stream)
    {
        if (!stream.CanSeek)
            return StrictUtf8;
        var start = stream.Position;
        var decoder = StrictUtf8.GetDecoder();
        var buffer = new byte[1 << 16];
        var utf8 = true;
        var undefinedIn1252 = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var chunk = buffer.AsSpan(0, read);
            // 0x81, 0x8D, 0x8F, 0x90 and 0x9D mean nothing in Windows-1252.
            if (chunk.IndexOfAny([(byte)0x81, (byte)0x8D, (byte)0x8F, (byte)0x90, (byte)0x9D]) >= 0)
                undefinedIn1252 = true;
            if (!utf8)
                continue;
            try
            {
                decoder.GetCharCount(chunk, flush: false);
            }
            catch (DecoderFallbackException)
            {
                utf8 = false;
            }
        }
        if (utf8)
        {
            try
            {
                decoder.GetCharCount([], flush: true);
            }
            catch (DecoderFallbackException)
            {
                utf8 = false;
            }
        }
        stream.Position = start;
        // Neither: read as UTF-8, whose strictness names the first line that is not.
        return utf8 || undefinedIn1252 ? StrictUtf8 : Windows1252;
    }
}
