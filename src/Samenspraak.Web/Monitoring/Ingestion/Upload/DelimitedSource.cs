using System.Globalization;
using Samenspraak.Web.Monitoring.Resources;

namespace Samenspraak.Web.Monitoring.Ingestion.Upload;

/// <summary>CSV or TSV with a header row. The CSV delimiter (',' or ';', as Flemish Excel writes) is taken from the header.</summary>
internal sealed class DelimitedSource : IImportSource
{
    private readonly FileStream _file;
    private readonly StreamReader _reader;
    private readonly IAsyncEnumerator<DelimitedRecord> _records;

    private DelimitedSource(FileStream file, StreamReader reader, IAsyncEnumerator<DelimitedRecord> records, IReadOnlyList<string> columns)
    {
        _file = file;
        _reader = reader;
        _records = records;
        Columns = columns;
    }

    public IReadOnlyList<string> Columns { get; }

    public long BytesRead => _file.Position;

    public static async Task<DelimitedSource> OpenAsync(FileStream file, char? delimiter, string? encodingName, CancellationToken ct)
    {
        // Detected again from the bytes rather than trusted from the job: the file is the truth.
        _ = encodingName;
        var (encoding, preamble) = TextEncodingDetector.Detect(file);
        file.Position = preamble;
        var reader = new StreamReader(file, encoding, detectEncodingFromByteOrderMarks: false, 1 << 16);
        var separator = delimiter ?? await SniffDelimiterAsync(file, reader, ct);
        var records = new DelimitedParser(reader, separator, ImportFormats.MaxRecordChars).ReadAsync(ct).GetAsyncEnumerator(ct);
        if (!await records.MoveNextAsync() || records.Current.Problem != RecordProblem.None || records.Current.Fields.All(string.IsNullOrWhiteSpace))
        {
            await records.DisposeAsync();
            reader.Dispose();
            throw new ImportFileException(MonitoringText.Text["Upload.NoHeader"]);
        }

        var columns = NameColumns(records.Current.Fields);
        return new DelimitedSource(file, reader, records, columns);
    }

    /// <summary>Unnamed or repeated headers get a position-based name, so every column can be chosen.</summary>
    private static List<string> NameColumns(IReadOnlyList<string> header)
    {
        var names = new List<string>(header.Count);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (name.Length == 0 || names.Contains(name, StringComparer.Ordinal))
            {
                name = MonitoringText.Text.Format("Upload.ColumnN", (i + 1).ToString(CultureInfo.InvariantCulture));
            }

            names.Add(name);
        }

        return names;
    }

    private static async Task<char> SniffDelimiterAsync(FileStream file, StreamReader reader, CancellationToken ct)
    {
        var start = file.Position;
        var buffer = new char[8192];
        var read = await reader.ReadAsync(buffer.AsMemory(), ct);
        var line = new string(buffer, 0, read).Split('\n')[0];
        file.Position = start;
        reader.DiscardBufferedData();
        var counts = new[] { ';', ',', '\t' }.Select(d => (d, line.Count(c => c == d))).OrderByDescending(x => x.Item2).First();
        return counts.Item2 == 0 ? ',' : counts.d;
    }

    public async IAsyncEnumerable<ImportRow> RowsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        long number = 0;
        while (await _records.MoveNextAsync())
        {
            ct.ThrowIfCancellationRequested();
            number++;
            var record = _records.Current;
            var problem = record.Problem switch
            {
                RecordProblem.TooLong => MonitoringText.Text.Format("Upload.RowTooLong", ImportFormats.MaxRecordChars.ToString("N0", CultureInfo.CurrentCulture)),
                RecordProblem.UnclosedQuote => MonitoringText.Text["Upload.UnclosedQuote"],
                _ when record.Fields.Count != Columns.Count =>
                    MonitoringText.Text.Format("Upload.Ragged", record.Fields.Count, Columns.Count),
                _ => null,
            };
            yield return new ImportRow(number, problem is null ? record.Fields : [], problem);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _records.DisposeAsync();
        _reader.Dispose();
        await _file.DisposeAsync();
    }
}
