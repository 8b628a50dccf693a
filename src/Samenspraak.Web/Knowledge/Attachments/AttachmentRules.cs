using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Samenspraak.Web.Knowledge.Attachments;

/// <summary>
/// What may be attached to a knowledge item: at most <see cref="MaxPerItem"/> files of at most
/// <see cref="MaxBytes"/> each, of the types in <see cref="Types"/>. The type is checked on the extension AND on
/// the content (a renamed program is refused), and file names are reduced to safe characters.
/// </summary>
public static class AttachmentRules
{
    /// <summary>10 MB (decimal): one such file plus the form's text still fits in the platform's 10 MiB request limit.</summary>
    public const long MaxBytes = 10_000_000;

    public const int MaxPerItem = 10;

    public const int MaxFileNameLength = 120;

    public const int MaxTitleLength = 200;

    public const int MaxDescriptionLength = 1000;

    /// <summary>Allowed extensions with the content type they are served with.</summary>
    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".odp"] = "application/vnd.oasis.opendocument.presentation",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
    };

    /// <summary>The value of the file input's accept attribute.</summary>
    public static string Accept => string.Join(',', Types.Keys);

    /// <summary>The extensions as shown to people: "pdf, docx, ...".</summary>
    public static string ExtensionList => string.Join(", ", Types.Keys.Where(k => k != ".jpeg").Select(k => k[1..]));

    /// <summary>
    /// The name as stored and served: no folders, letters (accents kept), digits, space, dot, dash, underscore and
    /// brackets; anything else becomes a dash; at most <see cref="MaxFileNameLength"/> characters with the
    /// extension lower-cased and kept. An empty base name becomes "bijlage".
    /// </summary>
    public static string SanitiseFileName(string? uploaded)
    {
        var name = (uploaded ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Normalize(NormalizationForm.FormC);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var stem = name[..^extension.Length];
        var safe = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            var ok = char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '_' or '(' or ')';
            var replacement = ok ? c : '-';
            // Collapse runs of replaced characters and spaces, so "a///b" becomes "a-b".
            if (!(replacement is '-' or ' ' && safe.Length > 0 && safe[^1] == replacement))
            {
                safe.Append(replacement);
            }
        }

        var cleaned = safe.ToString().Trim(' ', '.', '-');
        if (cleaned.Length == 0)
        {
            cleaned = "bijlage";
        }

        var room = MaxFileNameLength - extension.Length;
        if (cleaned.Length > room)
        {
            cleaned = cleaned[..room].TrimEnd(' ', '.', '-');
        }

        return cleaned + extension;
    }

    /// <summary>True when the bytes really are a file of the extension's type (checked on magic bytes and, for office files, their package contents).</summary>
    public static bool ContentMatches(string extension, ReadOnlySpan<byte> bytes) => extension switch
    {
        ".pdf" => bytes.StartsWith("%PDF-"u8),
        ".png" => bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ".jpg" or ".jpeg" => bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        ".docx" => IsZipWith(bytes, "word/document.xml", mimetype: null),
        ".xlsx" => IsZipWith(bytes, "xl/workbook.xml", mimetype: null),
        ".pptx" => IsZipWith(bytes, "ppt/presentation.xml", mimetype: null),
        ".odt" => IsZipWith(bytes, "content.xml", "application/vnd.oasis.opendocument.text"),
        ".ods" => IsZipWith(bytes, "content.xml", "application/vnd.oasis.opendocument.spreadsheet"),
        ".odp" => IsZipWith(bytes, "content.xml", "application/vnd.oasis.opendocument.presentation"),
        ".txt" or ".csv" => IsPlainText(bytes),
        _ => false,
    };

    /// <summary>A size as people read it in the current culture: "850 B", "12 kB", "1,4 MB".</summary>
    public static string FormatSize(long bytes, CultureInfo culture) => bytes switch
    {
        < 1000 => string.Format(culture, "{0} B", bytes),
        < 1_000_000 => string.Format(culture, "{0:0} kB", bytes / 1000.0),
        _ => string.Format(culture, "{0:0.0} MB", bytes / 1_000_000.0),
    };

    /// <summary>A short type label: "PDF", "DOCX", ...</summary>
    public static string TypeLabel(string extension) => extension.TrimStart('.').ToUpperInvariant();

    private static bool IsZipWith(ReadOnlySpan<byte> bytes, string requiredEntry, string? mimetype)
    {
        if (!bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return false;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry(requiredEntry) is null)
            {
                return false;
            }

            if (mimetype is null)
            {
                return zip.GetEntry("[Content_Types].xml") is not null;
            }

            // OpenDocument names its type in a "mimetype" entry.
            if (zip.GetEntry("mimetype") is not { Length: < 200 } entry)
            {
                return false;
            }

            using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
            return string.Equals(reader.ReadToEnd().Trim(), mimetype, StringComparison.Ordinal);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Text has no NUL bytes and no program header; both UTF-8 and older single-byte encodings pass.</summary>
    private static bool IsPlainText(ReadOnlySpan<byte> bytes) =>
        !bytes.Contains((byte)0) && !bytes.StartsWith("MZ"u8) && !bytes.StartsWith("\u007FELF"u8) && !bytes.StartsWith("PK\u0003\u0004"u8);
}
