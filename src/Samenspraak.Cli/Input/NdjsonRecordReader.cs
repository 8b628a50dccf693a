using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Samenspraak.Cli.Resources;

namespace Samenspraak.Cli.Input;

/// <summary>
/// One JSON object per line. Top-level fields are matched to columns case-insensitively; numbers are kept as their
/// literal text (so `"id": 17` gives "17"), booleans as "1"/"0" (labels), nested values are skipped. Blank lines are
/// not messages and are passed over.
/// </summary>
internal sealed class NdjsonRecordReader(LineSplitter lines, IReadOnlyList<ColumnSpec> columns) : RecordReader(lines, columns)
{
    public override InputFormat Format => InputFormat.Ndjson;

    public override bool HasColumn(int index) => true;

    public override ReadStatus Read(out InputRecord record, out InputProblem problem)
    {
        while (true)
        {
            var status = Lines.ReadLine(out var line);
            var number = Lines.LineNumber;
            switch (status)
            {
                case LineStatus.End:
                    record = default;
                    problem = default;
                    return ReadStatus.End;
                case LineStatus.TooLong:
                    return Fail(number, CliTexts.ProblemLineTooLong(Megabytes(Lines.MaxLineBytes)), out record, out problem);
            }
            if (IsBlank(line))
            {
                continue;
            }
            if (!Utf8.IsValid(line))
            {
                return Fail(number, CliTexts.ProblemInvalidUtf8, out record, out problem);
            }
            var values = new string?[Columns.Count];
            var reason = Parse(line, values) ?? MissingRequired(values);
            if (reason is not null)
            {
                return Fail(number, reason, out record, out problem);
            }
            record = new InputRecord(number, values);
            problem = default;
            return ReadStatus.Record;
        }
    }

    internal static string Megabytes(int bytes) =>
        (bytes / (1024d * 1024d)).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private string? Parse(ReadOnlySpan<byte> line, string?[] values)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return CliTexts.ProblemNotAnObject;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var column = FindColumn(ref reader);
                reader.Read();
                if (column >= 0 && values[column] is null)
                {
                    values[column] = ValueOf(ref reader);
                }
                else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    // Fields nobody asked for are passed over without building strings for them.
                    reader.Skip();
                }
            }
            // A second value or trailing garbage on the line makes the reader throw here.
            while (reader.Read())
            {
            }
            return null;
        }
        catch (JsonException ex)
        {
            return CliTexts.ProblemInvalidJson((ex.BytePositionInLine ?? reader.BytesConsumed) + 1);
        }
        catch (InvalidOperationException)
        {
            // A string escape that is not valid UTF-16 ("\ud800" without its low surrogate) fails only when read.
            return CliTexts.ProblemInvalidJson(reader.BytesConsumed + 1);
        }
    }

    private int FindColumn(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            var name = reader.GetString() ?? string.Empty;
            for (var i = 0; i < Columns.Count; i++)
            {
                if (Columns[i].Matches(name))
                {
                    return i;
                }
            }
            return -1;
        }
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Matches(reader.ValueSpan))
            {
                return i;
            }
        }
        return -1;
    }

    private static string? ValueOf(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.True:
                return "1";
            case JsonTokenType.False:
                return "0";
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                reader.Skip();
                return null;
            default:
                return null;
        }
    }
}
