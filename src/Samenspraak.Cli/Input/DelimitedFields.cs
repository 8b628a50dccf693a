namespace Samenspraak.Cli.Input;

internal enum FieldSplit
{
    Complete,
    /// <summary>A quoted field is still open at the end of the bytes: the record continues on the next line.</summary>
    OpenQuote,
    /// <summary>Something other than a delimiter follows a closing quote.</summary>
    BadQuote,
}

/// <summary>A field's position in the record bytes; <see cref="Escaped"/> means it holds doubled quotes to undo.</summary>
internal readonly record struct FieldRange(int Start, int Length, bool Escaped);

/// <summary>
/// Splits one record into fields. With quoting (CSV, RFC 4180) a field that starts with a quote runs to the matching
/// closing quote and may hold delimiters, newlines and doubled quotes. Without quoting (TSV, as the corpus writes it)
/// a quote is an ordinary character, so texts that quote someone survive unchanged.
/// </summary>
internal static class DelimitedFields
{
    public static FieldSplit Split(ReadOnlySpan<byte> record, byte delimiter, bool quoting, List<FieldRange> fields)
    {
        fields.Clear();
        var pos = 0;
        while (true)
        {
            if (quoting && pos < record.Length && record[pos] == (byte)'"')
            {
                var i = pos + 1;
                var escaped = false;
                while (true)
                {
                    var quote = record[i..].IndexOf((byte)'"');
                    if (quote < 0)
                    {
                        return FieldSplit.OpenQuote;
                    }
                    i += quote;
                    if (i + 1 < record.Length && record[i + 1] == (byte)'"')
                    {
                        escaped = true;
                        i += 2;
                        continue;
                    }
                    break;
                }
                fields.Add(new FieldRange(pos + 1, i - pos - 1, escaped));
                var after = i + 1;
                if (after == record.Length)
                {
                    return FieldSplit.Complete;
                }
                if (record[after] != delimiter)
                {
                    return FieldSplit.BadQuote;
                }
                pos = after + 1;
                if (pos == record.Length)
                {
                    fields.Add(new FieldRange(pos, 0, false));
                    return FieldSplit.Complete;
                }
                continue;
            }
            var next = record[pos..].IndexOf(delimiter);
            if (next < 0)
            {
                fields.Add(new FieldRange(pos, record.Length - pos, false));
                return FieldSplit.Complete;
            }
            fields.Add(new FieldRange(pos, next, false));
            pos += next + 1;
        }
    }
}
