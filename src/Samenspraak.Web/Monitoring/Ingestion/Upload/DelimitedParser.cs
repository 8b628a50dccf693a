using System.Text;

namespace Samenspraak.Web.Monitoring.Ingestion.Upload;

/// <summary>One record of a delimited file; <see cref="Problem"/> says why it cannot be used.</summary>
public sealed record DelimitedRecord(IReadOnlyList<string> Fields, RecordProblem Problem);

public enum RecordProblem
{
    None,

    /// <summary>Longer than the record limit; its content was not kept.</summary>
    TooLong,

    /// <summary>The file ended inside a quoted field.</summary>
    UnclosedQuote,
}

/// <summary>
/// A streaming RFC 4180 parser (quoted fields with doubled quotes and line breaks, CRLF or LF) that never holds more
/// than one record, and drops the content of records longer than <c>maxRecordChars</c> while still finding where
/// they end, so a 50 MB line costs no memory and the rows after it are read normally. Blank lines are skipped.
/// </summary>
public sealed class DelimitedParser(TextReader reader, char delimiter, int maxRecordChars)
{
    private readonly char[] _buffer = new char[1 << 16];
    private int _length;
    private int _position;

    public async IAsyncEnumerable<DelimitedRecord> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var quotedField = false;
        var recordChars = 0;
        var tooLong = false;
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = await reader.ReadAsync(_buffer.AsMemory(), ct);
                _position = 0;
                if (_length == 0)
                {
                    break;
                }
            }

            var c = _buffer[_position++];
            any = true;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (await PeekAsync(ct) == '"')
                    {
                        _position++;
                        Append(field, '"', ref recordChars, ref tooLong);
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    Append(field, c, ref recordChars, ref tooLong);
                }

                continue;
            }

            if (c == '"' && field.Length == 0 && !quotedField)
            {
                inQuotes = true;
                quotedField = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                quotedField = false;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && await PeekAsync(ct) == '\n')
                {
                    _position++;
                }

                fields.Add(field.ToString());
                if (!(fields.Count == 1 && fields[0].Length == 0 && !quotedField && !tooLong))
                {
                    yield return new DelimitedRecord(tooLong ? [] : fields.ToArray(), tooLong ? RecordProblem.TooLong : RecordProblem.None);
                }

                fields.Clear();
                field.Clear();
                quotedField = false;
                recordChars = 0;
                tooLong = false;
                any = false;
            }
            else
            {
                Append(field, c, ref recordChars, ref tooLong);
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            var problem = inQuotes ? RecordProblem.UnclosedQuote : tooLong ? RecordProblem.TooLong : RecordProblem.None;
            if (!(fields.Count == 1 && fields[0].Length == 0 && problem == RecordProblem.None))
            {
                yield return new DelimitedRecord(problem == RecordProblem.None ? fields.ToArray() : [], problem);
            }
        }
    }

    private void Append(StringBuilder field, char c, ref int recordChars, ref bool tooLong)
    {
        if (++recordChars > maxRecordChars)
        {
            if (!tooLong)
            {
                tooLong = true;
                field.Clear();
            }

            return;
        }

        field.Append(c);
    }

    private async ValueTask<int> PeekAsync(CancellationToken ct)
    {
        if (_position == _length)
        {
            _length = await reader.ReadAsync(_buffer.AsMemory(), ct);
            _position = 0;
            if (_length == 0)
            {
                return -1;
            }
        }

        return _buffer[_position];
    }
}
