using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Knowledge.Search;

/// <summary>Runs a full-text query on the database's own engine and returns item ids with a relevance score (higher is better).</summary>
public sealed class FullTextQuery(AppDbContext db, DatabaseSettings settings)
{
    public async Task<Dictionary<Guid, double>> MatchAsync(string query, CancellationToken ct)
    {
        var result = new Dictionary<Guid, double>();
        var words = TextFolding.Words(query).Where(w => w.Length > 0).Distinct().Take(12).ToList();
        if (words.Count == 0)
        {
            return result;
        }

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@q";
            if (settings.Provider == DatabaseProvider.PostgreSQL)
            {
                // The stored document is folded already (accent-free); 'dutch' stems both sides.
                command.CommandText = """
                    SELECT "Id", ts_rank(to_tsvector('dutch', "SearchDocument"), q)
                    FROM "KnowledgeItems", plainto_tsquery('dutch', @q) q
                    WHERE to_tsvector('dutch', "SearchDocument") @@ q
                    """;
                parameter.Value = string.Join(' ', words);
            }
            else
            {
                // Every stem as a quoted prefix term: quoting keeps FTS5 syntax out of user input, the prefix lets
                // "polaris" find "polarisatie" while typing. bm25 is lower-is-better, hence the sign.
                command.CommandText = $"SELECT ItemId, -bm25({SearchSchema.SqliteTable}) FROM {SearchSchema.SqliteTable} WHERE {SearchSchema.SqliteTable} MATCH @q";
                parameter.Value = string.Join(" AND ", words.Select(DutchStemmer.Stem).Distinct().Select(s => $"\"{s}\"*"));
            }

            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetValue(0) is Guid g ? g : Guid.Parse(reader.GetString(0));
                result[id] = Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }

        return result;
    }
}
