using System.Globalization;
using System.Text;

namespace Samenspraak.Web.Infrastructure.Text;

/// <summary>
/// CSV meant to be opened in a spreadsheet (exports for people): RFC 4180 (comma, CRLF, quoted only when needed), a
/// UTF-8 BOM so Excel reads the accents, and cells that a spreadsheet would run as a formula (=, +, @, a tab, a
/// carriage return, or a '-' that is not a number) prefixed with an apostrophe — text someone typed into the platform
/// must never execute on the computer of the person who exports it. Machine formats (labelled training data) do not
/// use this: there the text must stay exactly as written.
/// </summary>
public static class SpreadsheetCsv
{
    public static string Field(string? value)
    {
        value ??= "";
        if (value.Length > 0 && (value[0] is '=' or '+' or '@' or '\t' or '\r'
            || (value[0] == '-' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    public static StringBuilder AppendLine(StringBuilder output, IEnumerable<string?> fields) =>
        output.AppendJoin(',', fields.Select(Field)).Append("\r\n");

    public static byte[] ToBytes(StringBuilder text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
}
