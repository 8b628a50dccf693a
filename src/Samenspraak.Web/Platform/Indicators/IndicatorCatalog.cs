namespace Samenspraak.Web.Platform.Indicators;

/// <summary>All indicators of all modules, for whoever binds to them (e.g. action-plan KPIs).</summary>
public sealed class IndicatorCatalog(IEnumerable<IIndicatorSource> sources)
{
    public IReadOnlyList<IndicatorDefinition> Definitions =>
        sources.SelectMany(s => s.Definitions).OrderBy(d => d.Module, StringComparer.Ordinal).ThenBy(d => d.Key, StringComparer.Ordinal).ToList();

    public IndicatorDefinition? Find(string key) => Definitions.FirstOrDefault(d => d.Key == key);

    /// <summary>The series for <paramref name="key"/>, or null when no module offers that indicator (any more).</summary>
    public async Task<IndicatorSeries?> GetSeriesAsync(string key, Guid municipalityId, DateOnly from, DateOnly to, IndicatorPeriod period,
        CancellationToken cancellationToken = default)
    {
        foreach (var source in sources)
        {
            if (source.Definitions.Any(d => d.Key == key))
            {
                return await source.GetSeriesAsync(key, municipalityId, from, to, period, cancellationToken);
            }
        }

        return null;
    }
}

/// <summary>Registration of the catalogue; modules add their sources with <c>services.AddScoped&lt;IIndicatorSource, X&gt;()</c>.</summary>
public static class IndicatorExtensions
{
    public static IHostApplicationBuilder AddIndicators(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<IndicatorCatalog>();
        return builder;
    }
}
