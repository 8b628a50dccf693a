namespace Samenspraak.Web.Platform.Themes;

/// <summary>How a theme's volume moved on the latest evaluated day or week (Monitoring's burst model).</summary>
public enum ThemeTrend
{
    Stable = 0,
    New = 1,
    Rising = 2,
}

/// <summary>
/// One theme as another module may quote it: aggregates only, never message text or author data.
/// <paramref name="RecentCount"/> counts messages in the last <see cref="IThemeSnapshotSource.RecentDays"/> days.
/// </summary>
public sealed record ThemeSnapshotRow(long ThemeId, string Label, int MessageCount, int RecentCount, int HarmfulCount, ThemeTrend Trend,
    DateTimeOffset LastSeenAt);

/// <summary>
/// The top themes of one municipality at this moment, for a dated snapshot in another module (the action plan's
/// context section). Implemented by Monitoring; like <see cref="Indicators.IIndicatorSource"/> every call is for one
/// municipality and must never return another municipality's themes.
/// </summary>
public interface IThemeSnapshotSource
{
    const int RecentDays = 28;

    Task<IReadOnlyList<ThemeSnapshotRow>> GetTopThemesAsync(Guid municipalityId, int limit, CancellationToken cancellationToken = default);
}
