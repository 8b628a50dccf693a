using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Knowledge.Search;

/// <summary>Turns what a user typed into the text the database's full-text engine matches against.</summary>
public sealed class FullTextQuery(DatabaseSettings settings)
{
    public DatabaseProvider Provider => settings.Provider;

    /// <summary>
    /// The match expression, or null when the text holds no words. PostgreSQL gets the folded words for
    /// plainto_tsquery('dutch', ...), which stems them itself. SQLite gets every stem as a quoted prefix term joined
    /// with AND: quoting keeps FTS5 syntax out of user input, the prefix lets "polaris" find "polarisatie" while typing.
    /// </summary>
    public string? Expression(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var words = TextFolding.Words(query).Where(w => w.Length > 0).Distinct().Take(12).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        return settings.Provider == DatabaseProvider.PostgreSQL
            ? string.Join(' ', words)
            : string.Join(" AND ", words.Select(DutchStemmer.Stem).Distinct().Select(s => $"\"{s}\"*"));
    }
}
