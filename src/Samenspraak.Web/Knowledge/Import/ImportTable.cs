namespace Samenspraak.Web.Knowledge.Import;

/// <summary>The format an uploaded file turned out to be (detected from its content, not its name).</summary>
public enum ImportFormat
{
    Csv,
    Xlsx,
    Json,
}

/// <summary>One data row as read from the file: cells by header, each a text or (from JSON arrays) a list.</summary>
/// <param name="Number">The row as the curator sees it: the spreadsheet row (header is row 1), or the JSON item's position.</param>
public sealed record ImportRow(int Number, IReadOnlyDictionary<string, object?> Cells);

/// <summary>A file read into rows, with what was detected about it (shown in the report).</summary>
public sealed record ImportTable(ImportFormat Format, string? Encoding, char? Delimiter, IReadOnlyList<string> Headers, IReadOnlyList<ImportRow> Rows);

/// <summary>A problem with the file as a whole (not decodable, too large, no header...): nothing can be checked.</summary>
public sealed class ImportFileException(string message) : Exception(message);
