using System.Text;
using System.Text.Json;
using Samenspraak.Web.Monitoring.Resources;

namespace Samenspraak.Web.Monitoring.Ingestion.Upload;

/// <summary>
/// A JSON array of objects or NDJSON (one object per line). Columns are the property names of the first objects;
/// values that are not strings are taken as their JSON text. NDJSON lines longer than the record limit are skipped
/// without being read into memory. Non-UTF-8 files are transcoded while streaming.
/// </summary>
internal sealed class JsonSource : IImportSource
{
    private const int SampleObjects = 50;
    private readonly FileStream _file;
    private readonly Stream _utf8;
    private readonly bool _ndjson;

    private JsonSource(FileStream file, Stream utf8, bool ndjson, IReadOnlyList<string> columns)
    {
        _file = file;
        _utf8 = utf8;
        _ndjson = ndjson;
        Columns = columns;
    }

    public IReadOnlyList<string> Columns { get; }

    public long BytesRead => _file.Position;

    public static async Task<JsonSource> OpenAsync(FileStream file, bool ndjson, string? encodingName, CancellationToken ct)
    {
        _ = encodingName;
        var columns = new List<string>();
        await using var probe = Open(file);
        try
        {
            var seen = 0;
            await foreach (var (element, _) in Elements(probe, ndjson, file, ct))
            {
                if (element.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in element.EnumerateObject())
                    {
                        if (!columns.Contains(property.Name, StringComparer.Ordinal))
                        {
                            columns.Add(property.Name);
                        }
                    }
                }

                if (++seen == SampleObjects)
                {
                    break;
                }
            }
        }
        catch (JsonException ex)
        {
            throw new ImportFileException(MonitoringText.Text.Format("Upload.InvalidJson", ex.Message));
        }

        if (columns.Count == 0)
        {
            throw new ImportFileException(MonitoringText.Text["Upload.NoObjects"]);
        }

        return new JsonSource(file, Open(file), ndjson, columns);
    }

    private static Stream Open(FileStream file)
    {
        var (encoding, preamble) = TextEncodingDetector.Detect(file);
        file.Position = preamble;
        return encoding is UTF8Encoding ? new NonClosingStream(file) : Encoding.CreateTranscodingStream(new NonClosingStream(file), encoding, Encoding.UTF8, leaveOpen: false);
    }

    public async IAsyncEnumerable<ImportRow> RowsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        long number = 0;
        var enumerator = Elements(_utf8, _ndjson, _file, ct).GetAsyncEnumerator(ct);
        try
        {
            while (true)
            {
                string? fileProblem = null;
                try
                {
                    if (!await enumerator.MoveNextAsync())
                    {
                        break;
                    }
                }
                catch (JsonException ex)
                {
                    fileProblem = MonitoringText.Text.Format("Upload.InvalidJsonAt", (number + 1).ToString(System.Globalization.CultureInfo.CurrentCulture), ex.Message);
                }

                if (fileProblem is not null)
                {
                    // The rest of a broken JSON array cannot be found reliably: report the row and stop.
                    yield return new ImportRow(number + 1, [], fileProblem);
                    yield break;
                }

                number++;
                var (element, problem) = enumerator.Current;
                if (problem is not null)
                {
                    yield return new ImportRow(number, [], problem);
                }
                else if (element.ValueKind != JsonValueKind.Object)
                {
                    yield return new ImportRow(number, [], MonitoringText.Text["Push.ItemNotObject"]);
                }
                else
                {
                    yield return new ImportRow(number, Columns.Select(c => element.TryGetProperty(c, out var v) ? ValueOf(v) : null).ToArray(), null);
                }
            }
        }
        finally
        {
            await enumerator.DisposeAsync();
        }
    }

    private static string? ValueOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    private static async IAsyncEnumerable<(JsonElement Element, string? Problem)> Elements(
        Stream utf8, bool ndjson, FileStream file, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (!ndjson)
        {
            await foreach (var element in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(utf8, cancellationToken: ct))
            {
                yield return (element, null);
            }

            yield break;
        }

        // NDJSON: the delimited parser with '\n' handling gives bounded lines; no field delimiter ever occurs.
        using var reader = new StreamReader(utf8, Encoding.UTF8, false, 1 << 16, leaveOpen: true);
        var lines = new LineReader(reader, ImportFormats.MaxRecordChars);
        while (await lines.NextAsync(ct) is { } line)
        {
            if (line.TooLong)
            {
                yield return (default, MonitoringText.Text.Format("Upload.RowTooLong", ImportFormats.MaxRecordChars.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)));
                continue;
            }

            if (string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }

            JsonElement element = default;
            string? problem = null;
            try
            {
                using var document = JsonDocument.Parse(line.Text);
                element = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                problem = MonitoringText.Text["Push.ItemInvalidJson"];
            }

            yield return (element, problem);
        }

        _ = file;
    }

    public async ValueTask DisposeAsync()
    {
        await _utf8.DisposeAsync();
        await _file.DisposeAsync();
    }

    /// <summary>Lets a transcoding wrapper be disposed without closing the file we still report progress on.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>Reads lines of at most a given length; longer lines are consumed and flagged, never held in memory.</summary>
internal sealed class LineReader(TextReader reader, int maxChars)
{
    private readonly StringBuilder _line = new();

    public async Task<(string Text, bool TooLong)?> NextAsync(CancellationToken ct)
    {
        _line.Clear();
        var tooLong = false;
        var buffer = new char[1];
        var any = false;
        while (await reader.ReadAsync(buffer.AsMemory(), ct) == 1)
        {
            any = true;
            var c = buffer[0];
            if (c == '\n')
            {
                return (_line.ToString().TrimEnd('\r'), tooLong);
            }

            if (_line.Length >= maxChars)
            {
                tooLong = true;
                _line.Clear();
                continue;
            }

            if (!tooLong)
            {
                _line.Append(c);
            }
        }

        return any ? (_line.ToString().TrimEnd('\r'), tooLong) : null;
    }
}
