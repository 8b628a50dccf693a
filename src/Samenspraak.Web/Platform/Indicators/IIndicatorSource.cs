namespace Samenspraak.Web.Platform.Indicators;

/// <summary>How a series is bucketed in time. Periods start on Monday (week) or the first day (month), Belgian time.</summary>
public enum IndicatorPeriod
{
    Day,
    Week,
    Month,
}

/// <summary>
/// A measured indicator that another module can bind to (an action-plan KPI, a dashboard). <paramref name="Key"/> is
/// stable and machine-readable ("monitoring.share.hate"); <paramref name="Label"/> and <paramref name="Unit"/> are
/// in the current UI culture.
/// </summary>
public sealed record IndicatorDefinition(string Key, string Label, string Unit, string Module, string Description);

/// <summary>One value of a series. <paramref name="Count"/> is the number of observations behind it (e.g. messages),
/// so a reader can tell a 50% of two messages from a 50% of two thousand.</summary>
public sealed record IndicatorPoint(DateOnly PeriodStart, double Value, long Count);

public sealed record IndicatorSeries(IndicatorDefinition Definition, IndicatorPeriod Period, IReadOnlyList<IndicatorPoint> Points);

/// <summary>
/// A module's published indicators. Modules talk through this small service, never through each other's tables:
/// Monitoring publishes the share of harmful messages per signal, Learning the number of professionals trained, and
/// so on. Every call is for one municipality; a source must never return another municipality's figures.
/// </summary>
public interface IIndicatorSource
{
    /// <summary>The indicators this source offers, in the current UI culture.</summary>
    IReadOnlyList<IndicatorDefinition> Definitions { get; }

    /// <summary>The series for one of <see cref="Definitions"/>; null when the key is not this source's.</summary>
    Task<IndicatorSeries?> GetSeriesAsync(string key, Guid municipalityId, DateOnly from, DateOnly to, IndicatorPeriod period,
        CancellationToken cancellationToken = default);
}
