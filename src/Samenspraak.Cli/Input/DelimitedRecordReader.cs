using System.Text;
using System.Text.Unicode;
using Samenspraak.Cli.Resources;

namespace Samenspraak.Cli.Input;

/// <summary>
/// CSV (RFC 4180 quoting, embedded newlines) or TSV (no quoting) with a header line. A record that spans several
/// physical lines is reported under the line it starts on. A row whose field count differs from the header's is a
/// problem, not a guess.
/// </summary>
internal sealed class DelimitedRecordReader : RecordReader
{
    private readonly byte _delimiter;
    private readonly bool _quoting;
    private readonly int[] _columnIndex;
    private readonly int _headerFieldCount;
    private readonly List<FieldRange> _fields = [];
    private byte[] _pending = [];

    private DelimitedRecordReader(LineSplitter lines, IReadOnlyList<ColumnSpec> columns, InputFormat format, byte delimiter, int[] columnIndex, int headerFieldCount)
        : base(lines, columns)
    {
        Format = format;
        _delimiter = delimiter;
        _quoting = format == InputFormat.Csv;
        _columnIndex = columnIndex;
        _headerFieldCount = headerFieldCount;
    }

    public override InputFormat Format { get; }

    public override bool HasColumn(int index) => _columnIndex[index] >= 0;

    /// <summary>Reads the header line and maps the columns; throws <see cref="CliException"/> when the input is unusable.</summary>
    public static DelimitedRecordReader Open(LineSplitter lines, IReadOnlyList<ColumnSpec> columns, InputFormat format, string sourceName, long? totalBytes)
    {
        ReadOnlySpan<byte> header;
        while (true)
        {
            var status = lines.ReadLine(out header);
            if (status == LineStatus.End)
            {
                throw new CliException(ExitCodes.InputFormat, CliTexts.ErrorEmptyInput(sourceName));
            }
            if (status == LineStatus.TooLong)
            {
                throw new CliException(ExitCodes.InputFormat, CliTexts.ErrorHeaderUnreadable(sourceName));
            }
            if (!IsBlank(header))
            {
                break;
            }
        }
        if (!Utf8.IsValid(header))
        {
            throw new CliException(ExitCodes.InputFormat, CliTexts.ErrorHeaderUnreadable(sourceName));
        }
        var delimiter = format == InputFormat.Tsv ? (byte)'\t' : CsvDelimiter(header);
        var fields = new List<FieldRange>();
        if (DelimitedFields.Split(header, delimiter, format == InputFormat.Csv, fields) != FieldSplit.Complete)
        {
            throw new CliException(ExitCodes.InputFormat, CliTexts.ErrorHeaderUnreadable(sourceName));
        }
        var names = new List<string>(fields.Count);
        foreach (var field in fields)
        {
            names.Add(Encoding.UTF8.GetString(header.Slice(field.Start, field.Length)).Trim());
        }
        var index = new int[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            index[c] = names.FindIndex(columns[c].Matches);
            if (index[c] < 0 && columns[c].Required)
            {
                throw new CliException(ExitCodes.InputFormat, CliTexts.ErrorMissingColumn(columns[c].Name, sourceName, string.Join(", ", names)));
            }
        }
        return new DelimitedRecordReader(lines, columns, format, delimiter, index, names.Count) { TotalBytes = totalBytes };
    }

    /// <summary>Comma by default; a semicolon when the header has semicolons and no commas (spreadsheets with a Dutch locale write those).</summary>
    private static byte CsvDelimiter(ReadOnlySpan<byte> header) =>
        header.IndexOf((byte)',') < 0 && header.IndexOf((byte)';') >= 0 ? (byte)';' : (byte)',';

    public override ReadStatus Read(out InputRecord record, out InputProblem problem)
    {
        while (true)
        {
            var status = Lines.ReadLine(out var line);
            var first = Lines.LineNumber;
            if (status == LineStatus.End)
            {
                record = default;
                problem = default;
                return ReadStatus.End;
            }
            if (status == LineStatus.TooLong)
            {
                return Fail(first, CliTexts.ProblemLineTooLong(NdjsonRecordReader.Megabytes(Lines.MaxLineBytes)), out record, out problem);
            }
            if (IsBlank(line))
            {
                continue;
            }
            var split = DelimitedFields.Split(line, _delimiter, _quoting, _fields);
            if (split == FieldSplit.OpenQuote)
            {
                return ReadContinued(line, first, out record, out problem);
            }
            return Complete(line, split, first, out record, out problem);
        }
    }

    /// <summary>Gathers the physical lines of a record whose quoted field holds newlines, up to the line limit.</summary>
    private ReadStatus ReadContinued(ReadOnlySpan<byte> firstLine, long first, out InputRecord record, out InputProblem problem)
    {
        var length = 0;
        Append(ref length, firstLine);
        while (true)
        {
            var status = Lines.ReadLine(out var line);
            if (status == LineStatus.End)
            {
                return Fail(first, CliTexts.ProblemUnclosedQuote, out record, out problem);
            }
            if (status == LineStatus.TooLong || length + 1 + line.Length > Lines.MaxLineBytes)
            {
                return Fail(first, CliTexts.ProblemLineTooLong(NdjsonRecordReader.Megabytes(Lines.MaxLineBytes)), out record, out problem);
            }
            Append(ref length, "\n"u8);
            Append(ref length, line);
            var recordBytes = _pending.AsSpan(0, length);
            var split = DelimitedFields.Split(recordBytes, _delimiter, _quoting, _fields);
            if (split != FieldSplit.OpenQuote)
            {
                return Complete(recordBytes, split, first, out record, out problem);
            }
        }
    }

    private void Append(ref int length, ReadOnlySpan<byte> bytes)
    {
        if (length + bytes.Length > _pending.Length)
        {
            Array.Resize(ref _pending, Math.Max(length + bytes.Length, Math.Max(1024, _pending.Length * 2)));
        }
        bytes.CopyTo(_pending.AsSpan(length));
        length += bytes.Length;
    }

    private ReadStatus Complete(ReadOnlySpan<byte> bytes, FieldSplit split, long line, out InputRecord record, out InputProblem problem)
    {
        if (split == FieldSplit.BadQuote)
        {
            return Fail(line, CliTexts.ProblemBadQuote, out record, out problem);
        }
        if (!Utf8.IsValid(bytes))
        {
            return Fail(line, CliTexts.ProblemInvalidUtf8, out record, out problem);
        }
        if (bytes.IndexOf((byte)0) >= 0)
        {
            return Fail(line, CliTexts.ProblemBinary, out record, out problem);
        }
        if (_fields.Count != _headerFieldCount)
        {
            return Fail(line, CliTexts.ProblemFieldCount(_fields.Count, _headerFieldCount), out record, out problem);
        }
        var values = new string?[Columns.Count];
        for (var c = 0; c < values.Length; c++)
        {
            if (_columnIndex[c] >= 0)
            {
                var field = _fields[_columnIndex[c]];
                var text = Encoding.UTF8.GetString(bytes.Slice(field.Start, field.Length));
                values[c] = field.Escaped ? text.Replace("\"\"", "\"", StringComparison.Ordinal) : text;
            }
        }
        if (MissingRequired(values) is { } reason)
        {
            return Fail(line, reason, out record, out problem);
        }
        record = new InputRecord(line, values);
        problem = default;
        return ReadStatus.Record;
    }
}
