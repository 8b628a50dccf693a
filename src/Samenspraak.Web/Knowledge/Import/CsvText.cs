namespace Samenspraak.Web.Knowledge.Import;

/// <summary>
/// Reads RFC 4180 CSV with a comma or a semicolon, detected from the header line (Excel with Belgian regional
/// settings writes semicolons). Quoted cells may hold separators, doubled quotes and line breaks.
/// </summary>
public static class CsvText
{
    /// <summary>The separator used most often in the first line, outside quotes; a comma when there is none.</summary>
    public static char DetectDelimiter(string text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c is '\r' or '\n') break;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
        }

        return semicolons > commas ? ';' : ',';
    }

    /// <summary>The records with the (1-based) line each starts on.</summary>
    /// <exception cref="ImportFileException">A quoted cell is not closed; the message comes from <paramref name="unclosed"/>.</exception>
    public static IEnumerable<(int Line, List<string> Cells)> Records(string text, char delimiter, Func<int, string> unclosed)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(unclosed);
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        int line = 1, recordLine = 1, quoteLine = 0;
        bool quoted = false, any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    cell.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    quoteLine = line;
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    yield return (recordLine, cells);
                    cells = [];
                    line++;
                    recordLine = line;
                    any = false;
                    break;
                default:
                    if (c == delimiter)
                    {
                        cells.Add(cell.ToString());
                        cell.Clear();
                    }
                    else
                    {
                        cell.Append(c);
                    }

                    any = true;
                    break;
            }
        }

        if (quoted)
        {
            throw new ImportFileException(unclosed(quoteLine));
        }

        if (any || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            yield return (recordLine, cells);
        }
    }
}
