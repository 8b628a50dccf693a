using System.Text;

namespace Samenspraak.Web.Knowledge.Import;

/// <summary>
/// Turns an uploaded text file into a string: a UTF-8 or UTF-16 byte-order mark wins; without one the bytes must be
/// valid UTF-8, else they are read as Windows-1252 (what Excel on Windows writes for "CSV (gescheiden door
/// lijstscheidingsteken)"). Bytes that no text file contains (NUL and other control characters) make the file
/// undecodable, so a curator gets a message instead of a table of mojibake.
/// </summary>
public static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <returns>The text and the name of the encoding it was read with.</returns>
    /// <exception cref="ImportFileException">The bytes are not text in any of these encodings.</exception>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes, Func<string> undecodable)
    {
        ArgumentNullException.ThrowIfNull(undecodable);
        (string Text, string Name) result;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            result = (Strict(new UTF8Encoding(false, true), bytes[3..]) ?? throw new ImportFileException(undecodable()), "UTF-8 (BOM)");
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            result = (Strict(new UnicodeEncoding(false, false, true), bytes[2..]) ?? throw new ImportFileException(undecodable()), "UTF-16LE");
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            result = (Strict(new UnicodeEncoding(true, false, true), bytes[2..]) ?? throw new ImportFileException(undecodable()), "UTF-16BE");
        }
        else if (Strict(new UTF8Encoding(false, true), bytes) is { } utf8)
        {
            result = (utf8, "UTF-8");
        }
        else
        {
            result = (Encoding.GetEncoding(1252).GetString(bytes), "Windows-1252");
        }

        if (result.Text.Any(IsForeignControl))
        {
            throw new ImportFileException(undecodable());
        }

        return result;
    }

    /// <summary>Control characters other than tab and line breaks (including the C1 range Windows-1252 leaves undefined).</summary>
    private static bool IsForeignControl(char c) => char.IsControl(c) && c is not ('\t' or '\r' or '\n');

    private static string? Strict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
