using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Analysis;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Review.Calibration;
using Samenspraak.Web.Monitoring.Review.Queue;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Monitoring.Themes;

namespace Samenspraak.Web.Tests.Monitoring.Review;

/// <summary>The queue service on a real database: filters, sort orders and keyset paging.</summary>
public abstract class ReviewQueueTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private async Task<List<QueueRow>> AllPagesAsync(MessageFilter filter, int pageSize, long? themeId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var tenant = new TestTenant(app.World.Home.Id);
        await using var db = ReviewTestData.Context(scope, tenant);
        var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        var queue = new ReviewQueue(new MessageQuery(db, audit), new CalibrationService(db, tenant, audit, TimeProvider.System), db);
        var rows = new List<QueueRow>();
        QueueCursor? after = null;
        for (var guard = 0; guard < 100; guard++)
        {
            var page = await queue.PageAsync(new QueueRequest(filter, after, pageSize, themeId));
            Assert.True(page.Rows.Count <= pageSize);
            rows.AddRange(page.Rows);
            if (page.Next is null)
            {
                return rows;
            }

            // The cursor survives its trip through the URL.
            after = QueueCursor.Parse(page.Next.Value.Format(filter.Sort), filter.Sort);
        }

        throw new InvalidOperationException("Paging did not end.");
    }

    private async Task<(Channel Channel, List<Message> Messages)> SeedAsync(int count, Func<int, float> score)
    {
        var channel = await ReviewTestData.ChannelAsync(app.Services, app.World.Home.Id, "Paging " + Guid.NewGuid().ToString("N")[..6]);
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        var messages = Enumerable.Range(0, count)
            .Select(i => ReviewTestData.Analysed(channel, $"Bericht nummer {i}", score(i), m => m.ReceivedAt = start.AddMinutes(i % 7)))
            .ToArray();
        return (channel, await ReviewTestData.SaveAsync(app.Services, messages));
    }

    [Fact]
    public async Task KeysetPagesBySeverityReturnEveryMessageOnceInOrderAlsoWithTiedScores()
    {
        // Scores repeat (i % 5), so the id must break ties or rows would be skipped or repeated between pages.
        var (channel, messages) = await SeedAsync(23, i => 0.5f + (i % 5 / 10f));

        var rows = await AllPagesAsync(new MessageFilter { ChannelId = channel.Id }, pageSize: 4);

        var expected = messages.OrderByDescending(m => m.MaxScore).ThenByDescending(m => m.Id).Select(m => m.Id).ToList();
        Assert.Equal(expected, rows.Select(r => r.Id).ToList());
    }

    [Fact]
    public async Task SeverityIsThePercentageShownThenNewestFirst()
    {
        // 0.871 and 0.874 both show as 87 %: among them the newest comes first, not the higher raw score. 0.875 shows
        // as 88 % and comes before all of them.
        float[] scores = [0.874f, 0.871f, 0.875f, 0.2f, 0.8705f];
        var (channel, messages) = await SeedAsync(scores.Length, i => scores[i]);

        var rows = await AllPagesAsync(new MessageFilter { ChannelId = channel.Id }, pageSize: 2);

        Assert.Equal([messages[2].Id, messages[4].Id, messages[1].Id, messages[0].Id, messages[3].Id], rows.Select(r => r.Id).ToList());
        Assert.Equal([88, 87, 87, 87, 20], messages.OrderByDescending(m => m.Severity).ThenByDescending(m => m.Id).Select(m => m.Severity));
    }

    [Fact]
    public async Task KeysetPagesByRecencyReturnEveryMessageOnceNewestFirst()
    {
        var (channel, messages) = await SeedAsync(17, i => 0.4f);

        var rows = await AllPagesAsync(new MessageFilter { ChannelId = channel.Id, Sort = MessageSort.Recency }, pageSize: 5);

        var expected = messages.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id).Select(m => m.Id).ToList();
        Assert.Equal(expected, rows.Select(r => r.Id).ToList());
    }

    [Fact]
    public async Task FiltersOnSignalBandStatusTargetGroupAndPeriod()
    {
        var channel = await ReviewTestData.ChannelAsync(app.Services, app.World.Home.Id, "Filters");
        var now = DateTimeOffset.UtcNow;
        var hate = ReviewTestData.Analysed(channel, "haat", 0.9f, m =>
        {
            m.ScoreHate = 0.9f;
            m.Flags = SignalFlags.Hate;
            m.TargetGroups = TargetGroupFlags.Religion;
        });
        var threatOld = ReviewTestData.Analysed(channel, "dreiging", 0.7f, m =>
        {
            m.ScoreThreat = 0.7f;
            m.Flags = SignalFlags.Threat;
            m.PublishedAt = now.AddDays(-30);
        });
        var mild = ReviewTestData.Analysed(channel, "mild", 0.35f);
        var confirmed = ReviewTestData.Analysed(channel, "al bevestigd", 0.95f, m =>
        {
            m.Flags = SignalFlags.Hate;
            m.ReviewStatus = ReviewStatus.Bevestigd;
        });
        // Parked by the pipeline (Failed), so the background worker leaves it alone during the test.
        var pending = ReviewTestData.Analysed(channel, "analyse mislukt", 0.99f, m => m.AnalysisState = AnalysisState.Failed);
        await ReviewTestData.SaveAsync(app.Services, hate, threatOld, mild, confirmed, pending);
        var open = new MessageFilter { ChannelId = channel.Id, Status = ReviewStatus.Nieuw };

        Assert.Equal([hate.Id], (await AllPagesAsync(open with { Signal = Signal.Hate }, 10)).Select(r => r.Id));
        Assert.Equal([hate.Id, threatOld.Id], (await AllPagesAsync(open with { MinBand = Band.Hoog }, 10)).Select(r => r.Id));
        Assert.Equal([hate.Id], (await AllPagesAsync(open with { TargetGroup = TargetGroup.Religion }, 10)).Select(r => r.Id));
        Assert.Equal([threatOld.Id], (await AllPagesAsync(open with { To = now.AddDays(-7) }, 10)).Select(r => r.Id));
        Assert.Equal([hate.Id, mild.Id], (await AllPagesAsync(open with { From = now.AddDays(-7) }, 10)).Select(r => r.Id));
        Assert.Equal([confirmed.Id], (await AllPagesAsync(open with { Status = ReviewStatus.Bevestigd }, 10)).Select(r => r.Id));
        // Without a status filter: everything analysed, never the unanalysed message (it has no scores).
        Assert.Equal([confirmed.Id, hate.Id, threatOld.Id, mild.Id], (await AllPagesAsync(open with { Status = null }, 10)).Select(r => r.Id));
    }

    [Fact]
    public async Task PersonalDataFoundByTheExposingSignalIsMaskedInTheQueue()
    {
        var channel = await ReviewTestData.ChannelAsync(app.Services, app.World.Home.Id, "Exposing");
        const string text = "Bel hem gerust op 0470 12 34 56, hij woont daar.";
        var message = ReviewTestData.Analysed(channel, text, 0.9f, m =>
        {
            m.Flags = SignalFlags.Doxxing;
            m.ScoreDoxxing = 0.9f;
            m.EvidenceJson = ReviewTestData.Evidence(text, "0470 12 34 56", Signal.Doxxing, "telefoonnummer");
        });
        await ReviewTestData.SaveAsync(app.Services, message);

        var row = Assert.Single(await AllPagesAsync(new MessageFilter { ChannelId = channel.Id }, 10));

        Assert.Equal("Bel hem gerust op [afgeschermd], hij woont daar.", row.Snippet);
    }

    [Fact]
    public async Task AnotherMunicipalitysMessagesNeverAppear()
    {
        var foreignChannel = await ReviewTestData.ChannelAsync(app.Services, app.World.Foreign.Id, "Elders");
        var foreign = ReviewTestData.Analysed(foreignChannel, "van Andergem", 0.99f);
        await ReviewTestData.SaveAsync(app.Services, foreign);

        var rows = await AllPagesAsync(new MessageFilter { Status = null }, 200);

        Assert.DoesNotContain(rows, r => r.Id == foreign.Id);
        Assert.NotEmpty(rows);
    }

    [Fact]
    public async Task TheThemeFilterPagesThroughExactlyTheThemesMessagesInBothSortOrders()
    {
        // Tied scores (i % 4) and a page size of 3 make the cursor cross ties inside the theme.
        var (channel, messages) = await SeedAsync(19, i => 0.3f + (i % 4 / 10f));
        var members = messages.Where((_, i) => i % 3 != 0).ToList();
        var theme = await ReviewTestData.ThemeAsync(app.Services, app.World.Home.Id, "thema-filter", members);
        var other = await ReviewTestData.ThemeAsync(app.Services, app.World.Home.Id, "ander thema", messages.Where((_, i) => i % 3 == 0));

        var bySeverity = await AllPagesAsync(new MessageFilter { ChannelId = channel.Id }, pageSize: 3, theme.Id);
        var byRecency = await AllPagesAsync(new MessageFilter { ChannelId = channel.Id, Sort = MessageSort.Recency }, pageSize: 3, theme.Id);

        Assert.Equal(members.OrderByDescending(m => m.Severity).ThenByDescending(m => m.Id).Select(m => m.Id), bySeverity.Select(r => r.Id));
        Assert.Equal(members.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id).Select(m => m.Id), byRecency.Select(r => r.Id));
        Assert.Equal(messages.Count - members.Count, (await AllPagesAsync(new MessageFilter { ChannelId = channel.Id }, 50, other.Id)).Count);
    }

    [Fact]
    public async Task TheThemeFilterCombinesWithTheTargetGroupFilter()
    {
        var channel = await ReviewTestData.ChannelAsync(app.Services, app.World.Home.Id, "Thema en doelgroep");
        var religion = ReviewTestData.Analysed(channel, "over religie", 0.7f, m => m.TargetGroups = TargetGroupFlags.Religion);
        var origin = ReviewTestData.Analysed(channel, "over herkomst", 0.6f, m => m.TargetGroups = TargetGroupFlags.Origin);
        var outside = ReviewTestData.Analysed(channel, "ook religie, ander thema", 0.9f, m => m.TargetGroups = TargetGroupFlags.Religion);
        await ReviewTestData.SaveAsync(app.Services, religion, origin, outside);
        var theme = await ReviewTestData.ThemeAsync(app.Services, app.World.Home.Id, "gemengd", [religion, origin]);

        var rows = await AllPagesAsync(new MessageFilter { ChannelId = channel.Id, TargetGroup = TargetGroup.Religion }, 10, theme.Id);

        Assert.Equal([religion.Id], rows.Select(r => r.Id));
    }

    [Fact]
    public async Task AnotherMunicipalitysThemeIdMatchesNothing()
    {
        var foreignChannel = await ReviewTestData.ChannelAsync(app.Services, app.World.Foreign.Id, "Elders thema");
        var foreign = ReviewTestData.Analysed(foreignChannel, "van Andergem", 0.99f);
        await ReviewTestData.SaveAsync(app.Services, foreign);
        var foreignTheme = await ReviewTestData.ThemeAsync(app.Services, app.World.Foreign.Id, "vreemd thema", [foreign]);

        Assert.Empty(await AllPagesAsync(new MessageFilter { Status = null }, 200, foreignTheme.Id));
        Assert.Empty(await AllPagesAsync(new MessageFilter { Status = null }, 200, long.MaxValue));
    }

    [Fact]
    public void ThemeParametersRoundTripAndInvalidOnesAreReported()
    {
        var parameters = new QueueParameters(null, null, null, null, null, null, "religion", null, "0.5~3", "42");

        var (_, _, errors) = parameters.Parse();

        Assert.Empty(errors);
        Assert.Equal(42, parameters.ThemeId);
        Assert.Equal("?doelgroep=religion&thema=42&na=0.5~3", parameters.Query("0.5~3"));
        Assert.Equal(["thema", "doelgroep"], parameters.ActiveFilters());
        Assert.Equal("?doelgroep=religion", parameters.Without("thema").Query(null));
        Assert.Single((parameters with { Theme = "moskee" }).Parse().Errors);
        Assert.Null((parameters with { Theme = "-1" }).ThemeId);
    }

    [Fact]
    public void MalformedCursorsStartAtTheTop()
    {
        Assert.Null(QueueCursor.Parse("abc", MessageSort.Severity));
        Assert.Null(QueueCursor.Parse("0.5~-3", MessageSort.Severity));
        Assert.Null(QueueCursor.Parse("NaN~3", MessageSort.Severity));
        Assert.Null(QueueCursor.Parse("99999999999999999999~3", MessageSort.Recency));
        // A score cursor from before stop 8 (the raw score, not the percentage) starts at the top too.
        Assert.Null(QueueCursor.Parse("0.25~42", MessageSort.Severity));
        Assert.Null(QueueCursor.Parse("101~42", MessageSort.Severity));
        Assert.Equal(new QueueCursor(25, 0, 42), QueueCursor.Parse("25~42", MessageSort.Severity));
        Assert.Equal("25~42", new QueueCursor(25, 0, 42).Format(MessageSort.Severity));
    }
}

// The theme job is off: the tests build their themes by hand, and a job run in between would assign the same messages.
public sealed class SqliteReviewQueueTests(ThemeJobsOffSqliteFixture app) : ReviewQueueTests<ThemeJobsOffSqliteFixture>(app), IClassFixture<ThemeJobsOffSqliteFixture>;

public sealed class PostgresReviewQueueTests(ThemeJobsOffPostgresFixture app) : ReviewQueueTests<ThemeJobsOffPostgresFixture>(app), IClassFixture<ThemeJobsOffPostgresFixture>;
