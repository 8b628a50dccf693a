using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using MiniExcelLibs;
using Samenspraak.Web.Infrastructure.Localization;

namespace Samenspraak.Web.Knowledge.Import;

/// <summary>
/// Reads an uploaded CSV, XLSX or JSON file into rows. The format is taken from the content (a zip is a workbook,
/// "[" or "{" starts JSON, anything else is CSV), so a renamed file still works. Limits keep one upload from
/// exhausting the server: <see cref="MaxBytes"/> on the file, <see cref="MaxRows"/> rows, and for workbooks the zip
/// directory is checked against decompression bombs before anything is unpacked.
/// </summary>
public static class ImportFileReader
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public const int MaxRows = 5000;

    /// <summary>What a workbook may unpack to in total; real sheets of 5,000 items stay far below.</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    /// <summary>Packing ratio above which a large entry is treated as a bomb (real sheets compress about 5-20 times).</summary>
    public const int MaxRatio = 100;

    private static ResourceText T => ImportText.Text;

    public static ImportTable Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0) throw new ImportFileException(T["File.Empty"]);
        if (bytes.Length > MaxBytes) throw new ImportFileException(T.Format("File.TooLarge", MaxBytes / (1024 * 1024)));
        if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8)) return ReadXlsx(bytes);

        var (text, encoding) = TextDecoding.Decode(bytes, () => T["File.Undecodable"]);
        var start = text.AsSpan().TrimStart();
        return start.Length > 0 && start[0] is '[' or '{' ? ReadJson(text, encoding) : ReadCsv(text, encoding);
    }

    private static ImportTable ReadCsv(string text, string encoding)
    {
        var delimiter = CsvText.DetectDelimiter(text);
        List<string>? headers = null;
        var rows = new List<ImportRow>();
        var number = 0;
        foreach (var (_, cells) in CsvText.Records(text, delimiter, line => T.Format("File.UnclosedQuote", line)))
        {
            number++;
            if (headers is null)
            {
                headers = [.. cells.Select(c => c.Trim())];
                continue;
            }

            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count == MaxRows) throw new ImportFileException(T.Format("File.TooManyRows", MaxRows));
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var n = 0; n < headers.Count; n++)
            {
                values[headers[n]] = n < cells.Count ? cells[n] : null;
            }

            rows.Add(new ImportRow(number, values));
        }

        if (headers is null || headers.All(string.IsNullOrWhiteSpace)) throw new ImportFileException(T["File.NoHeader"]);
        return new ImportTable(ImportFormat.Csv, encoding, delimiter, headers, rows);
    }

    private static ImportTable ReadXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        CheckArchive(stream);
        try
        {
            stream.Position = 0;
            var sheets = MiniExcel.GetSheetNames(stream);
            var sheet = sheets.FirstOrDefault(s => string.Equals(s, "Kennisbank", StringComparison.OrdinalIgnoreCase)) ?? sheets.FirstOrDefault();
            stream.Position = 0;
            var headers = MiniExcel.GetColumns(stream, useHeaderRow: true, sheetName: sheet, excelType: ExcelType.XLSX)?
                .Select(c => c?.ToString()?.Trim() ?? "").ToList() ?? [];
            if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace)) throw new ImportFileException(T["File.NoHeader"]);

            stream.Position = 0;
            var rows = new List<ImportRow>();
            var number = 1;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheet, excelType: ExcelType.XLSX))
            {
                number++;
                if (row.Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s)))) continue;
                if (rows.Count == MaxRows) throw new ImportFileException(T.Format("File.TooManyRows", MaxRows));
                rows.Add(new ImportRow(number, row.ToDictionary(p => p.Key.Trim(), p => (object?)CellText(p.Value), StringComparer.Ordinal)));
            }

            return new ImportTable(ImportFormat.Xlsx, null, null, headers, rows);
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or System.Xml.XmlException or NotSupportedException or IndexOutOfRangeException or ArgumentException)
        {
            throw new ImportFileException(T["File.NotXlsx"]);
        }
    }

    /// <summary>Refuses a zip that is not a workbook or that declares an implausible unpacked size.</summary>
    private static void CheckArchive(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? entry.Length : entry.Length / entry.CompressedLength;
                if (total > MaxUnpackedBytes || (entry.Length > 1_000_000 && ratio > MaxRatio))
                {
                    throw new ImportFileException(T["File.ZipBomb"]);
                }
            }

            if (zip.GetEntry("xl/workbook.xml") is null) throw new ImportFileException(T["File.NotXlsx"]);
        }
        catch (InvalidDataException)
        {
            throw new ImportFileException(T["File.NotXlsx"]);
        }
    }

    /// <summary>A cell as text: whole numbers without ".0", dates as yyyy-MM-dd (with the time only when there is one).</summary>
    private static string? CellText(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "ja" : "nee",
        double n when n == Math.Floor(n) && Math.Abs(n) < 1e15 => ((long)n).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static ImportTable ReadJson(string text, string encoding)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            throw new ImportFileException(T.Format("File.InvalidJson", (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1));
        }

        using (document)
        {
            var root = document.RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            if (items.Count > MaxRows) throw new ImportFileException(T.Format("File.TooManyRows", MaxRows));
            var headers = new List<string>();
            var rows = new List<ImportRow>();
            for (var n = 0; n < items.Count; n++)
            {
                if (items[n].ValueKind != JsonValueKind.Object) throw new ImportFileException(T.Format("File.JsonNotObject", n + 1));
                var cells = JsonRow.Flatten(items[n]);
                headers.AddRange(cells.Keys.Where(k => !headers.Contains(k, StringComparer.OrdinalIgnoreCase)));
                rows.Add(new ImportRow(n + 1, cells));
            }

            return new ImportTable(ImportFormat.Json, encoding, null, headers, rows);
        }
    }
}
