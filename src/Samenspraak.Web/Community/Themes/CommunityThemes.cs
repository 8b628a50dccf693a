using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Samenspraak.Web.Knowledge.Contracts;

namespace Samenspraak.Web.Community.Themes;

/// <summary>
/// The theme taxonomy the community files questions under: the knowledge module's (curated) taxonomy when that module
/// is present, otherwise the shipped Knowledge/Seed/themes.json, read-only.
/// Scoped, because the knowledge directory it asks is scoped (it reads the database).
/// </summary>
public sealed class CommunityThemes(IServiceProvider services, IWebHostEnvironment environment)
{
    // The shipped file never changes while the process runs: read it once per content root, not once per request.
    private static readonly ConcurrentDictionary<string, IReadOnlyList<ShippedTheme>> Shipped = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<TaxonomyTerm>> AllAsync(CancellationToken ct = default)
    {
        if (services.GetService<IKnowledgeDirectory>() is { } directory)
        {
            var themes = await directory.GetThemesAsync(ct);
            if (themes.Count > 0)
            {
                return themes;
            }
        }

        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        return Shipped.GetOrAdd(environment.ContentRootPath, _ => LoadShipped(environment)).Select(t => new TaxonomyTerm(t.Slug, english && !string.IsNullOrEmpty(t.LabelEn) ? t.LabelEn : t.LabelNl)).ToList();
    }

    public async Task<string> LabelAsync(string? slug, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(slug))
        {
            return "";
        }

        var themes = await AllAsync(ct);
        return themes.FirstOrDefault(t => t.Slug == slug)?.Label ?? slug;
    }

    public async Task<bool> ExistsAsync(string? slug, CancellationToken ct = default) =>
        !string.IsNullOrEmpty(slug) && (await AllAsync(ct)).Any(t => t.Slug == slug);

    private static IReadOnlyList<ShippedTheme> LoadShipped(IWebHostEnvironment environment)
    {
        string[] candidates =
        [
            Path.Combine(environment.ContentRootPath, "Knowledge", "Seed", "themes.json"),
            Path.Combine(AppContext.BaseDirectory, "Knowledge", "Seed", "themes.json"),
        ];
        var path = candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("The shipped theme taxonomy (Knowledge/Seed/themes.json) is missing.");
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<ShippedFile>(stream, JsonOptions) ?? new ShippedFile([]);
        return file.Themes;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record ShippedFile(IReadOnlyList<ShippedTheme> Themes);

    private sealed record ShippedTheme(string Slug, string LabelNl, string? LabelEn);
}
