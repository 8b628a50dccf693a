namespace Samenspraak.Analysis.Normalisation;

/// <summary>
/// Character-level folding tables: accents, homoglyphs (Cyrillic and Greek look-alikes), full-width forms,
/// leetspeak digits and invisible characters. Tables are built once so folding a character is an array lookup.
/// </summary>
internal static class CharFolding
{
    // Folded lower-case letter for every char below 0x500 (Latin, Latin-1, Latin Extended-A/B, Greek, Cyrillic); 0 = keep.
    private static readonly char[] Table = BuildTable();

    public static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E' or '\u200E' or '\u200F';

    /// <summary>Folds case, accents, full-width forms and homoglyphs to a plain lower-case character.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return Fold((char)(c - 0xFEE0));
        }
        if (c < Table.Length && Table[c] != 0)
        {
            return Table[c];
        }
        if (c is '\u2019' or '\u2018' or '\u00B4' or '`' or '\u02BC')
        {
            return '\'';
        }
        if (c is '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB')
        {
            return '"';
        }
        if (c is '\u2013' or '\u2014')
        {
            return '-';
        }
        if (c is '\u00A0' or '\u2007' or '\u202F' or '\u3000')
        {
            return ' ';
        }
        return char.ToLowerInvariant(c);
    }

    /// <summary>Letter a leetspeak character stands for inside a word, or '\0'.</summary>
    public static char Leet(char c) => c switch
    {
        '4' => 'a',
        '3' => 'e',
        '1' => 'i',
        '0' => 'o',
        '5' => 's',
        '7' => 't',
        '@' => 'a',
        '$' => 's',
        '€' => 'e',
        _ => '\0',
    };

    private static char[] BuildTable()
    {
        var t = new char[0x500];
        void Map(string from, char to)
        {
            foreach (var ch in from)
            {
                t[ch] = to;
            }
        }
        Map("ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎ", 'a');
        Map("ÇçĆćĈĉĊċČč", 'c');
        Map("ĎďĐđ", 'd');
        Map("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", 'e');
        Map("ĜĝĞğĠġĢģ", 'g');
        Map("ĤĥĦħ", 'h');
        Map("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", 'i');
        Map("Ĵĵ", 'j');
        Map("Ķķ", 'k');
        Map("ĹĺĻļĽľĿŀŁł", 'l');
        Map("ÑñŃńŅņŇň", 'n');
        Map("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", 'o');
        Map("ŔŕŖŗŘř", 'r');
        Map("ŚśŜŝŞşŠš", 's');
        Map("ŢţŤťŦŧ", 't');
        Map("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", 'u');
        Map("Ŵŵ", 'w');
        Map("ÝýÿŶŷŸ", 'y');
        Map("ŹźŻżŽž", 'z');
        Map("ß", 's');
        // Cyrillic look-alikes (upper and lower case) of Latin letters.
        Map("АаӒӓ", 'a');
        Map("ВвЬь", 'b');
        Map("СсҪҫ", 'c');
        Map("ЕеЁёЄє", 'e');
        Map("Нн", 'h');
        Map("ІіЇї", 'i');
        Map("Јј", 'j');
        Map("Кк", 'k');
        Map("Мм", 'm');
        Map("ОоӦӧ", 'o');
        Map("Рр", 'p');
        Map("Ѕѕ", 's');
        Map("Тт", 't');
        Map("УуЎў", 'y');
        Map("Хх", 'x');
        Map("Пп", 'n');
        // Greek look-alikes.
        Map("ΑαΆά", 'a');
        Map("Ββ", 'b');
        Map("ΕεΈέ", 'e');
        Map("Ηη", 'n');
        Map("ΙιΊίϊΐ", 'i');
        Map("Κκ", 'k');
        Map("Μμ", 'm');
        Map("Νν", 'v');
        Map("ΟοΌό", 'o');
        Map("Ρρ", 'p');
        Map("Ττ", 't');
        Map("ΥυΎύϋ", 'u');
        Map("Χχ", 'x');
        Map("Ζζ", 'z');
        return t;
    }
}
