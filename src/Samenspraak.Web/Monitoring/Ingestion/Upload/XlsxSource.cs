using System.Globalization;
using System.IO.Compression;
using MiniExcelLibs;
using Samenspraak.Web.Monitoring.Resources;

namespace Samenspraak.Web.Monitoring.Ingestion.Upload;

/// <summary>
/// The first sheet of an XLSX workbook, header in the first row, read row by row by MiniExcel. Before anything is
/// unpacked the zip directory is checked against decompression bombs: the declared unpacked size and the packing
/// ratio must be plausible for a spreadsheet (.NET refuses entries that unpack beyond their declared size).
/// </summary>
internal sealed class XlsxSource : IImportSource
{
    /// <summary>Total unpacked size a workbook may declare.</summary>
    public const long MaxUnpackedBytes = 1L << 30;

    /// <summary>Packing ratio above which a large entry is treated as a bomb (real sheets compress about 5-20x).</summary>
    public const int MaxRatio = 200;

    private readonly FileStream _file;

    private XlsxSource(FileStream file, IReadOnlyList<string> columns)
    {
        _file = file;
        Columns = columns;
    }

    public IReadOnlyList<string> Columns { get; }

    public long BytesRead { get; private set; }

    public static XlsxSource Open(FileStream file)
    {
        CheckArchive(file);
        file.Position = 0;
        List<string> columns;
        try
        {
            columns = MiniExcel.GetColumns(file, useHeaderRow: true, excelType: ExcelType.XLSX)?.Select(c => c?.ToString() ?? "").ToList() ?? [];
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or System.Xml.XmlException or NotSupportedException)
        {
            throw new ImportFileException(MonitoringText.Text["Upload.NotXlsx"]);
        }

        if (columns.Count == 0 || columns.All(string.IsNullOrWhiteSpace))
        {
            throw new ImportFileException(MonitoringText.Text["Upload.NoHeader"]);
        }

        file.Position = 0;
        return new XlsxSource(file, columns);
    }

    private static void CheckArchive(FileStream file)
    {
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? entry.Length : entry.Length / entry.CompressedLength;
                if (total > MaxUnpackedBytes || (entry.Length > 10_000_000 && ratio > MaxRatio))
                {
                    throw new ImportFileException(MonitoringText.Text["Upload.ZipBomb"]);
                }
            }

            if (zip.GetEntry("xl/workbook.xml") is null)
            {
                throw new ImportFileException(MonitoringText.Text["Upload.NotXlsx"]);
            }
        }
        catch (InvalidDataException)
        {
            throw new ImportFileException(MonitoringText.Text["Upload.NotXlsx"]);
        }
    }

    public async IAsyncEnumerable<ImportRow> RowsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        long number = 0;
        var rows = MiniExcel.Query(_file, useHeaderRow: true, excelType: ExcelType.XLSX);
        foreach (IDictionary<string, object?> row in rows)
        {
            ct.ThrowIfCancellationRequested();
            number++;
            var values = Columns.Select(c => row.TryGetValue(c, out var v) ? Text(v) : null).ToArray();
            // MiniExcel buffers the sheet stream; the file position is the best progress estimate there is.
            BytesRead = Math.Min(_file.Position, _file.Length);
            if (number % 1000 == 0)
            {
                await Task.Yield();
            }

            yield return values.All(string.IsNullOrWhiteSpace) ? new ImportRow(number, values, MonitoringText.Text["Upload.EmptyRow"]) : new ImportRow(number, values, null);
        }

        BytesRead = _file.Length;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime date => new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)).ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public ValueTask DisposeAsync() => _file.DisposeAsync();
}
