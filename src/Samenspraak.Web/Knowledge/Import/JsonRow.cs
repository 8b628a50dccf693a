using System.Globalization;
using System.Text.Json;

namespace Samenspraak.Web.Knowledge.Import;

/// <summary>
/// One JSON item as cells. Two shapes are accepted: the export's (flat, lists as "a; b" text) and the starter-content
/// files' (Seed/README.md: lists as arrays, "period", "source", "links" and "results" as objects), so older JSON
/// imports keep working. Arrays stay lists, so an entry containing the list separator is not split.
/// </summary>
internal static class JsonRow
{
    public static Dictionary<string, object?> Flatten(JsonElement item)
    {
        var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name.ToLowerInvariant())
            {
                case "period" when value.ValueKind == JsonValueKind.Object:
                    cells["PeriodStart"] = Text(value, "start");
                    cells["PeriodEnd"] = Text(value, "end");
                    break;
                case "source" when value.ValueKind == JsonValueKind.Object:
                    cells["SourceTitle"] = Text(value, "title");
                    cells["SourceUrl"] = Text(value, "url");
                    break;
                case "contact" or "status":
                    // The seed format's contact is always null (consent is recorded by curators); status is always "published".
                    break;
                default:
                    cells[property.Name] = value.ValueKind == JsonValueKind.Array
                        ? value.EnumerateArray().Select(Entry).ToList()
                        : Scalar(value);
                    break;
            }
        }

        return cells;
    }

    /// <summary>A field of a nested object, its name in any case.</summary>
    private static string? Text(JsonElement obj, string name)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return Scalar(property.Value);
            }
        }

        return null;
    }

    /// <summary>An array entry: a link object becomes "title|url", a result "label|value|unit".</summary>
    private static string Entry(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object when Text(value, "url") is not null || Text(value, "title") is not null => $"{Text(value, "title")}|{Text(value, "url")}",
        JsonValueKind.Object => string.Join('|', new[] { Text(value, "label"), Text(value, "value"), Text(value, "unit") }.Select(v => v ?? "")),
        _ => Scalar(value) ?? "",
    };

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : value.GetDouble().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "ja",
        JsonValueKind.False => "nee",
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
