using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samenspraak.Web.Knowledge.Seeding;

/// <summary>The shipped starter content (Knowledge/Seed, embedded in the assembly), parsed. Format: Seed/README.md.</summary>
public static class SeedFiles
{
    private const string Prefix = "Samenspraak.Web.Knowledge.Seed.";

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static IReadOnlyList<(SeedItem Item, string Hash)> Items()
    {
        var assembly = typeof(SeedFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + "items.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n =>
            {
                var bytes = Read(assembly, n);
                var item = JsonSerializer.Deserialize<SeedItem>(bytes, Json)
                    ?? throw new InvalidDataException($"Seed file {n} is empty.");
                return (item, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            })
            .ToList();
    }

    public static SeedTaxonomy Themes() => Taxonomy("themes.json");

    public static SeedTaxonomy TargetGroups() => Taxonomy("target-groups.json");

    private static SeedTaxonomy Taxonomy(string file) =>
        JsonSerializer.Deserialize<SeedTaxonomy>(Read(typeof(SeedFiles).Assembly, Prefix + file), Json)
        ?? throw new InvalidDataException($"Seed file {file} is empty.");

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidDataException($"Seed resource {name} is missing.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}

public sealed record SeedTaxonomy(int Version, List<SeedTerm>? Themes, List<SeedTerm>? TargetGroups);

public sealed record SeedTerm(string Slug, string LabelNl, string LabelEn, string? Description);

public sealed record SeedPeriod(string? Start, string? End);

public sealed record SeedResult(string Label, string Value, string? Unit);

public sealed record SeedLink(string Title, string Url);

public sealed record SeedSource(string? Title, string? Url, string? Accessed);

/// <summary>One item file; the same shape is accepted by the curators' JSON bulk import.</summary>
public sealed record SeedItem
{
    public string Slug { get; init; } = "";
    public string Type { get; init; } = "";
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Body { get; init; } = "";
    public string? Approach { get; init; }
    public List<string>? Lessons { get; init; }
    public List<string>? Themes { get; init; }
    public List<string>? TargetGroups { get; init; }
    public List<string>? Municipalities { get; init; }
    public string? Region { get; init; }
    public List<string>? Provinces { get; init; }
    public string? Owner { get; init; }
    public List<string>? Partners { get; init; }
    public SeedPeriod? Period { get; init; }
    public string? Funding { get; init; }
    public List<SeedResult>? Results { get; init; }
    public List<SeedLink>? Links { get; init; }
    public List<string>? Keywords { get; init; }
    public List<string>? SignalKinds { get; init; }
    public List<string>? KeyPhrases { get; init; }
    public string? Language { get; init; }
    public SeedSource? Source { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Always)]
    public object? Contact { get; init; }

    public void ApplyTo(Items.KnowledgeItem item)
    {
        item.Slug = Slug;
        item.Kind = Type;
        item.Title = Title ?? "";
        item.Summary = Summary ?? "";
        item.Body = Body ?? "";
        item.Approach = Approach;
        item.Lessons = Lessons ?? [];
        item.Themes = Themes ?? [];
        item.TargetGroups = TargetGroups ?? [];
        item.Municipalities = Municipalities ?? [];
        item.Region = Region;
        item.Provinces = Provinces ?? [];
        item.Owner = Owner;
        item.Partners = Partners ?? [];
        item.PeriodStart = Period?.Start;
        item.PeriodEnd = Period?.End;
        item.Funding = Funding;
        item.Results = (Results ?? []).Select(r => $"{r.Label}|{r.Value}|{r.Unit}").ToList();
        item.Links = (Links ?? []).Select(l => $"{l.Title}|{l.Url}").ToList();
        item.Keywords = Keywords ?? [];
        item.SignalKinds = SignalKinds ?? [];
        item.KeyPhrases = KeyPhrases ?? [];
        item.Language = Language ?? "nl";
        item.SourceTitle = Source?.Title;
        item.SourceUrl = Source?.Url;
    }
}
