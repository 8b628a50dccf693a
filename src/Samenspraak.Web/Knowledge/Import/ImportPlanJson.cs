using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Samenspraak.Web.Knowledge.Import;

/// <summary>
/// Writes a dry run's <see cref="ImportPlan"/> to JSON and reads it back, so a checked plan is stored with its
/// <see cref="KnowledgeImport"/> rather than in memory. Cell values are written by their column's shape (text, list,
/// date, yes/no) and read back into the same .NET types the parser produced; skipped and unchanged rows keep no values
/// (the import never writes them).
/// </summary>
public static class ImportPlanJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(ImportPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var rows = new JsonArray();
        foreach (var row in plan.Rows)
        {
            var values = new JsonObject();
            if (row.Action is RowAction.New or RowAction.Update)
            {
                foreach (var (column, value) in row.Values)
                {
                    values[column.Name] = ValueNode(value);
                }
            }

            rows.Add(new JsonObject
            {
                ["row"] = row.Row, ["action"] = row.Action.ToString(), ["kind"] = row.Kind, ["slug"] = row.Slug, ["title"] = row.Title,
                ["itemId"] = row.ItemId, ["baseVersion"] = row.BaseVersion, ["changed"] = new JsonArray([.. row.Changed.Select(c => (JsonNode?)c)]),
                ["values"] = values,
            });
        }

        var root = new JsonObject
        {
            ["fileName"] = plan.FileName, ["format"] = plan.Format.ToString(), ["encoding"] = plan.Encoding,
            ["delimiter"] = plan.Delimiter?.ToString(), ["checkedAt"] = plan.CheckedAt, ["curatorId"] = plan.CuratorId,
            ["notes"] = JsonSerializer.SerializeToNode(plan.Notes, Options), ["problems"] = JsonSerializer.SerializeToNode(plan.Problems, Options),
            ["rows"] = rows,
        };
        return root.ToJsonString(Options);
    }

    /// <summary>The plan stored under <paramref name="token"/> (the import's id).</summary>
    public static ImportPlan Read(string json, string token)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var rows = new List<PlannedRow>();
        foreach (var node in root["rows"]!.AsArray())
        {
            var values = new Dictionary<ItemColumn, object?>();
            foreach (var (name, value) in node!["values"]!.AsObject())
            {
                var column = ItemColumns.All.Single(c => c.Name == name);
                values[column] = ReadValue(column.Shape, value);
            }

            rows.Add(new PlannedRow(
                node["row"]!.GetValue<int>(), Enum.Parse<RowAction>(node["action"]!.GetValue<string>()), node["kind"]!.GetValue<string>(),
                node["slug"]!.GetValue<string>(), node["title"]!.GetValue<string>(), node["itemId"]?.GetValue<Guid>(), node["baseVersion"]!.GetValue<int>(),
                values, [.. node["changed"]!.AsArray().Select(c => c!.GetValue<string>())]));
        }

        return new ImportPlan
        {
            Token = token, CuratorId = root["curatorId"]!.GetValue<Guid>(), FileName = root["fileName"]!.GetValue<string>(),
            Format = Enum.Parse<ImportFormat>(root["format"]!.GetValue<string>()), Encoding = root["encoding"]?.GetValue<string>(),
            Delimiter = root["delimiter"]?.GetValue<string>() is { Length: 1 } d ? d[0] : null, CheckedAt = root["checkedAt"]!.GetValue<DateTimeOffset>(),
            Notes = root["notes"].Deserialize<List<string>>(Options) ?? [], Problems = ReadProblems(root["problems"]?.ToJsonString() ?? "[]"),
            Rows = rows,
        };
    }

    public static string WriteProblems(IEnumerable<RowProblem> problems) => JsonSerializer.Serialize(problems, Options);

    public static IReadOnlyList<RowProblem> ReadProblems(string json) => JsonSerializer.Deserialize<List<RowProblem>>(json, Options) ?? [];

    private static JsonNode? ValueNode(object? value) => value switch
    {
        null => null,
        List<string> list => new JsonArray([.. list.Select(e => (JsonNode?)e)]),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool yes => yes,
        string text => text,
        _ => throw new InvalidOperationException($"Unexpected cell value type {value.GetType().Name}."),
    };

    private static object? ReadValue(ColumnShape shape, JsonNode? node)
    {
        if (node is null) return null;
        return shape switch
        {
            ColumnShape.Date => DateOnly.ParseExact(node.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            ColumnShape.YesNo => node.GetValue<bool>(),
            _ when node is JsonArray list => list.Select(e => e!.GetValue<string>()).ToList(),
            _ => node.GetValue<string>(),
        };
    }
}
