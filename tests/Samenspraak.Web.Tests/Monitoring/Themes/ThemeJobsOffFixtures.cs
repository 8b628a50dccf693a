using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring.Themes;

/// <summary>
/// The app with the background theme and alert jobs off: tests that count what one <c>ThemeUpdater.UpdateAsync</c>
/// call assigned, or that move messages back to pending, must not share the work with the job (which now runs
/// shortly after start and whenever the analysis worker stored results).
/// </summary>
public sealed class ThemeJobsOffSqliteFixture : SqliteAppFixture
{
    protected override void Configure(Dictionary<string, string?> settings) => ThemeJobsOff.Apply(settings);
}

public sealed class ThemeJobsOffPostgresFixture : PostgresAppFixture
{
    protected override void Configure(Dictionary<string, string?> settings) => ThemeJobsOff.Apply(settings);
}

internal static class ThemeJobsOff
{
    public static void Apply(Dictionary<string, string?> settings)
    {
        settings["Monitoring:Themes:IntervalSeconds"] = "0";
        settings["Monitoring:Alerts:IntervalSeconds"] = "0";
    }
}
