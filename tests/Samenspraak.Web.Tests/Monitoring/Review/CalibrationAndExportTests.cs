using System.Globalization;
using System.Net;
using System.Text;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Review.Export;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Monitoring.Review;

/// <summary>
/// Calibration from decisions applied to the queue, and the labelled-data export. Each provider gets its own app
/// (fixture per class), so the reviewed messages here are the only ones of the home municipality besides the world's.
/// </summary>
public abstract class CalibrationAndExportTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private async Task<Channel> SeedReviewedAsync()
    {
        var channel = await ReviewTestData.ChannelAsync(app.Services, app.World.Home.Id, "Kalibratie");
        // The engine flags hate from 0.3 here; the reviewers only agree from 0.6: 20 right ones at 0.60..0.79,
        // 20 wrong ones at 0.30..0.49 that the engine also flagged.
        var reviewed = Enumerable.Range(0, 20).Select(i => Reviewed(channel, 0.6f + (i / 100f), true))
            .Concat(Enumerable.Range(0, 20).Select(i => Reviewed(channel, 0.3f + (i / 100f), false)))
            .ToArray();
        await ReviewTestData.SaveAsync(app.Services, reviewed);
        return channel;
    }

    private static string Pct(double value) => value.ToString("P0", Belgian);

    private static readonly CultureInfo Belgian = CultureInfo.GetCultureInfo("nl-BE");

    private static Message Reviewed(Channel channel, float score, bool right) =>
        ReviewTestData.Analysed(channel, $"Beoordeeld, \"score\" {score}", score, m =>
        {
            m.ScoreHate = score;
            m.Flags = SignalFlags.Hate;
            m.ReviewStatus = right ? ReviewStatus.Bevestigd : ReviewStatus.Afgewezen;
            m.Labels = right ? SignalFlags.Hate : SignalFlags.None;
        });

    [Fact]
    public async Task CalibrationIsShownWithItsNumbersAndOnlyChangesTheQueueWhenEnabled()
    {
        var channel = await SeedReviewedAsync();
        var open = await ReviewTestData.SaveAsync(app.Services,
            ReviewTestData.Analysed(channel, "Open, onder de drempel", 0.5f, m => { m.ScoreHate = 0.5f; m.Flags = SignalFlags.Hate; }),
            ReviewTestData.Analysed(channel, "Open, boven de drempel", 0.7f, m => { m.ScoreHate = 0.7f; m.Flags = SignalFlags.Hate; }));
        var admin = await app.ClientAsync(Principal.MunicipalityAdmin);
        var queuePath = $"/signalen?kanaal={channel.Id}&signaal=hate";

        var page = PageForm.Text(await PageForm.HtmlAsync(admin, "/signalen/kalibratie"));
        Assert.Contains("0,60", page); // the proposed threshold for hate, in Belgian notation
        Assert.Contains($"{Pct(1)} / {Pct(1)} / 1,00", page); // its precision / recall / F1 on the reviews
        Assert.Contains($"{Pct(0.5)} / {Pct(1)} / 0,67", page); // the engine's own flags on the same reviews
        var before = PageForm.Text(await PageForm.HtmlAsync(admin, queuePath));
        Assert.Contains("Open, onder de drempel", before);
        Assert.Contains("Open, boven de drempel", before);

        var enabled = await PageForm.SubmitAsync(admin, "/signalen/kalibratie", "id=\"kalibratie-aan\"", []);
        Assert.Contains("De afstemming staat aan voor 1 signalen.", PageForm.Text(await PageForm.FollowAsync(admin, enabled)));

        var after = PageForm.Text(await PageForm.HtmlAsync(admin, queuePath));
        Assert.DoesNotContain("Open, onder de drempel", after);
        Assert.Contains("Open, boven de drempel", after);
        var detail = PageForm.Text(await PageForm.HtmlAsync(admin, $"/signalen/{open[0].Id}"));
        Assert.Contains($"(gemeentelijke drempel {Pct(0.6f)})", detail);

        await PageForm.SubmitAsync(admin, "/signalen/kalibratie", "id=\"kalibratie-uit\"", []);
        Assert.Contains("Open, onder de drempel", PageForm.Text(await PageForm.HtmlAsync(admin, queuePath)));
    }

    [Fact]
    public async Task ExportWritesReviewedMessagesInTheEvaluateFormat()
    {
        var channel = await ReviewTestData.ChannelAsync(app.Services, app.World.Home.Id, "Export");
        var saved = await ReviewTestData.SaveAsync(app.Services,
            ReviewTestData.Analysed(channel, "Ze zeiden: \"weg ermee\", echt\nop twee regels", 0.9f, m =>
            {
                m.ReviewStatus = ReviewStatus.Bevestigd;
                // No hate label: the calibration test in this class counts on hate labels of its own messages only.
                m.Labels = SignalFlags.Threat | SignalFlags.Doxxing;
            }),
            ReviewTestData.Analysed(channel, "Nog niet beoordeeld", 0.9f));
        var admin = await app.ClientAsync(Principal.MunicipalityAdmin);

        var response = await admin.GetAsync(LabelledExportEndpoint.Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEqual(0xEF, bytes[0]); // no byte order mark
        var csv = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("id,text,hate,toxicity,threat,dehumanisation,polarisation,doxxing,disinformation\n", csv, StringComparison.Ordinal);
        Assert.Contains($"{saved[0].Id},\"Ze zeiden: \"\"weg ermee\"\", echt\nop twee regels\",0,0,1,0,0,1,0\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Nog niet beoordeeld", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotingFollowsRfc4180()
    {
        Assert.Equal("gewoon", LabelledExport.Quote("gewoon"));
        Assert.Equal("\"a,b\"", LabelledExport.Quote("a,b"));
        Assert.Equal("\"zei \"\"nee\"\"\"", LabelledExport.Quote("zei \"nee\""));
        Assert.Equal("\"r1\r\nr2\"", LabelledExport.Quote("r1\r\nr2"));
        Assert.Equal("7,tekst,0,0,0,0,0,1,0", LabelledExport.Line(7, "tekst", SignalFlags.Doxxing));
    }
}

public sealed class SqliteCalibrationAndExportTests(SqliteAppFixture app) : CalibrationAndExportTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresCalibrationAndExportTests(PostgresAppFixture app) : CalibrationAndExportTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
