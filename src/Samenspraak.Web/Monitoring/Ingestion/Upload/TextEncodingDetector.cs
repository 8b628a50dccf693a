using System.Text;

namespace Samenspraak.Web.Monitoring.Ingestion.Upload;

/// <summary>
/// Detects the encoding of an uploaded text file: a UTF-8 or UTF-16 byte-order mark wins; without one, the first
/// megabyte must be valid UTF-8, else the file is read as Windows-1252 (what Excel on Windows writes for CSV).
/// </summary>
public static class TextEncodingDetector
{
    private const int SampleBytes = 1 << 20;

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <returns>The encoding and the length of its byte-order mark (to skip).</returns>
    public static (Encoding Encoding, int Preamble) Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.Position;
        var buffer = new byte[SampleBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = start;
        var sample = buffer.AsSpan(0, read);
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false), 3);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }

        // A sample cut in the middle of a multi-byte character is still UTF-8: drop an incomplete tail.
        var end = sample.Length;
        if (read == SampleBytes)
        {
            var back = 0;
            while (back < 3 && end - back - 1 >= 0 && (sample[end - back - 1] & 0xC0) == 0x80)
            {
                back++;
            }

            end = Math.Max(0, end - back - 1);
        }

        return IsUtf8(sample[..end]) ? (new UTF8Encoding(false), 0) : (Windows1252, 0);
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The name shown to users and stored with the job.</summary>
    public static string NameOf(Encoding encoding) => encoding switch
    {
        UTF8Encoding => "utf-8",
        UnicodeEncoding { } u when u.GetPreamble().Length == 0 && u.CodePage == 1201 => "utf-16BE",
        UnicodeEncoding => "utf-16LE",
        _ => encoding.WebName,
    };

    public static Encoding FromName(string? name) => name switch
    {
        "utf-16LE" => new UnicodeEncoding(false, false),
        "utf-16BE" => new UnicodeEncoding(true, false),
        "windows-1252" => Windows1252,
        _ => new UTF8Encoding(false),
    };
}
