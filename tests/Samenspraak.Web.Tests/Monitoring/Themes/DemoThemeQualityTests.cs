using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Analysis.Themes;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.FirstRun;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Demo;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring.Themes;

/// <summary>
/// The whole theme pipeline (demo seeder → analysis worker → theme job) over the demo data a new install shows:
/// a manageable number of themes, no filler words as labels, one theme per story, and the mosque burst flagged.
/// </summary>
public abstract class DemoThemeQualityTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    // Words that led labels before the stopword and generic-word lists existed, plus plain function words.
    private static readonly HashSet<string> NoLabelWords = new(StringComparer.Ordinal)
    {
        "alleen", "gewone", "mensen", "stad", "gemeente", "nieuwe", "wijk", "zaterdag", "zondag", "vijf", "twee", "kom", "open",
        "de", "het", "een", "en", "dat", "die", "da", "ge", "ne", "niet", "geen", "is", "zijn", "voor", "met",
    };

    [Fact]
    public async Task Demo_messages_form_recognisable_themes_and_the_mosque_burst_is_rising()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(ct);
            await scope.ServiceProvider.GetServices<IModuleSeeder>().OfType<MonitoringDemoSeeder>().Single().SeedAsync(seedDemo: true, ct);
        }
        Guid demostad;
        List<Guid> channels;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            demostad = (await db.Municipalities.SingleAsync(m => m.NisCode == DemoData.DemoNisCode, ct)).Id;
            channels = await db.Set<Channel>().IgnoreTenantFilter().Where(c => c.MunicipalityId == demostad).Select(c => c.Id).ToListAsync(ct);
        }
        foreach (var channel in channels)
        {
            var stored = await MonitoringTestData.MessagesAsync(app.Services, channel);
            await MonitoringTestData.AnalysedAsync(app.Services, channel, stored.Count);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ThemeUpdater>().UpdateAsync(demostad, ct);
        }

        List<Theme> themes;
        Dictionary<long, long> themeOf;
        List<(long Id, string Topic, string Text)> messages;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            themes = await db.Set<Theme>().IgnoreTenantFilter().AsNoTracking().Where(t => t.MunicipalityId == demostad).ToListAsync(ct);
            themeOf = await db.Set<ThemeMessage>().IgnoreTenantFilter().AsNoTracking().Where(t => t.MunicipalityId == demostad)
                .ToDictionaryAsync(t => t.MessageId, t => t.ThemeId, ct);
            messages = [.. (await db.Set<Message>().IgnoreTenantFilter().AsNoTracking().Where(m => m.MunicipalityId == demostad)
                .Select(m => new { m.Id, m.ExternalId, m.Text }).ToListAsync(ct))
                .Select(m => (m.Id, Topic: m.ExternalId!.Split('-')[2], m.Text))];
        }
        var byId = themes.ToDictionary(t => t.Id);
        var visible = themes.Where(t => t.MessageCount >= ThemeReader.MinVisibleMessages).ToList();
        var report = string.Join("\n", visible.OrderByDescending(t => t.MessageCount).Select(t => string.Create(CultureInfo.InvariantCulture,
            $"{t.MessageCount} {t.WeeklyStatus}/{t.DailyStatus} {t.Label}")));

        // Before this round the demo gave 276 themes; a communication officer can read a list of a few dozen.
        Assert.True(themes.Count < 160, $"{themes.Count} themes\n{report}");
        Assert.InRange(visible.Count, 10, 60);

        // No label is led by, or made of, a filler word.
        foreach (var theme in visible)
        {
            var words = theme.Label.Split([" · ", " "], StringSplitOptions.RemoveEmptyEntries);
            Assert.NotEmpty(words);
            Assert.DoesNotContain(words, w => NoLabelWords.Contains(w));
        }

        // Stories: the messages that name the story's subject land in one theme, and that theme is labelled with it.
        foreach (var subject in new[] { "moskee", "petitie", "pride", "politie", "hoofddoek" })
        {
            var about = messages.Where(m => Words(m.Text).Contains(subject) && themeOf.ContainsKey(m.Id)).ToList();
            Assert.True(about.Count >= 4, $"{subject}: {about.Count} messages");
            var main = about.GroupBy(m => themeOf[m.Id]).OrderByDescending(g => g.Count()).First();
            Assert.True(main.Count() >= 0.6 * about.Count, $"{subject}: {main.Count()} of {about.Count} in '{byId[main.Key].Label}'\n{report}");
            Assert.Contains(subject, byId[main.Key].Label, StringComparison.Ordinal);
        }

        // The demo's burst (most mosque messages in the last three days) shows as new or rising.
        var mosque = messages.Where(m => Words(m.Text).Contains("moskee")).GroupBy(m => themeOf[m.Id]).OrderByDescending(g => g.Count()).First().Key;
        var mosqueTheme = byId[mosque];
        Assert.True(mosqueTheme.WeeklyStatus != TrendStatus.Stable || mosqueTheme.DailyStatus != TrendStatus.Stable, report);
    }

    private static HashSet<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split([' ', ',', '.', '!', '?', ':', ';', '\'', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries)];
}

public sealed class SqliteDemoThemeQualityTests(SqliteAppFixture app)
    : DemoThemeQualityTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresDemoThemeQualityTests(PostgresAppFixture app)
    : DemoThemeQualityTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
