using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Analysis;
using Samenspraak.Web.Monitoring;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Review;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Monitoring.Review;

/// <summary>The Signalen pages through real requests: rendering, audit of every text view, actions, bulk and isolation.</summary>
public abstract class ReviewPageTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private Channel? _channel;

    private async Task<Channel> ChannelAsync() =>
        _channel ??= await ReviewTestData.ChannelAsync(app.Services, app.World.Home.Id, "Pagina's " + Guid.NewGuid().ToString("N")[..6]);

    private async Task<Message> MessageAsync(string text, Action<Message>? configure = null)
    {
        var message = ReviewTestData.Analysed(await ChannelAsync(), text, 0.8f, m =>
        {
            m.Flags = SignalFlags.Hate;
            m.ScoreHate = 0.8f;
            configure?.Invoke(m);
        });
        await ReviewTestData.SaveAsync(app.Services, message);
        return message;
    }

    private async Task<List<AuditEntry>> AuditAsync(string action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = ReviewTestData.Context(scope, SystemTenantContext.Instance);
        return await db.AuditEntries.AsNoTracking().Where(a => a.Action == action).OrderBy(a => a.Id).ToListAsync();
    }

    [Fact]
    public async Task TheQueueListsMaskedSnippetsAndAuditsWhichMessagesWereShown()
    {
        const string text = "Zijn adres is Kerkstraat 12, ga daar maar eens langs.";
        var message = await MessageAsync(text, m =>
        {
            m.Flags = SignalFlags.Doxxing;
            m.EvidenceJson = ReviewTestData.Evidence(text, "Kerkstraat 12", Signal.Doxxing, "adres");
        });
        var staff = await app.ClientAsync(Principal.Staff);

        var html = PageForm.Text(await PageForm.HtmlAsync(staff, $"/signalen?kanaal={message.ChannelId}"));

        Assert.Contains("Zijn adres is [afgeschermd], ga daar maar eens langs.", html);
        Assert.DoesNotContain("Kerkstraat 12", html);
        Assert.Contains($"href=\"/signalen/{message.Id}\"", html);
        var read = await AuditAsync(MonitoringAuditActions.MessageTextRead);
        Assert.Contains(read, a => a.UserId == app.World[Principal.Staff].Id && a.Details!.StartsWith("signalen-lijst", StringComparison.Ordinal)
            && a.Details.Contains(message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvalidFiltersGetADutchMessageAndTheQueueStillShows()
    {
        var staff = await app.ClientAsync(Principal.Staff);

        var html = PageForm.Text(await PageForm.HtmlAsync(staff, "/signalen?signaal=onzin&van=31-12-2026&na=kapot"));

        Assert.Contains("Onbekend signaal", html);
        Assert.Contains("De begindatum is geen geldige datum", html);
        Assert.Contains("id=\"signalen-filter\"", html);
    }

    [Fact]
    public async Task TheDetailHighlightsEvidenceEncodesTheTextExplainsAndIsAudited()
    {
        const string text = "<script>alert(1)</script> Die mensen zijn ratten.";
        var message = await MessageAsync(text, m =>
        {
            m.Flags = SignalFlags.Dehumanisation;
            m.ScoreDehumanisation = 0.9f;
            m.EvidenceJson = ReviewTestData.Evidence(text, "ratten", Signal.Dehumanisation, "ontmenselijkende vergelijking");
        });
        var staff = await app.ClientAsync(Principal.Staff);

        var raw = await PageForm.HtmlAsync(staff, $"/signalen/{message.Id}");

        Assert.DoesNotContain("<script>alert(1)</script>", raw);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", raw);
        Assert.Matches("<mark class=\"evidence\"[^>]*>ratten<", raw);
        Assert.Contains("ontmenselijkende vergelijking", PageForm.Text(raw));
        Assert.Contains("id=\"signaal-uitleg\"", raw);
        var read = await AuditAsync(MonitoringAuditActions.MessageTextRead);
        Assert.Contains(read, a => a.UserId == app.World[Principal.Staff].Id && a.Details == $"signalen-detail: {message.Id}");
    }

    [Fact]
    public async Task TheDetailShowsTheThreadAndTheAuthorsHistory()
    {
        var parent = await MessageAsync("Het oorspronkelijke bericht", m => { m.ExternalId = "p-" + Guid.NewGuid(); m.AuthorPseudonym = "auteur-a"; });
        var reply = await MessageAsync("Een antwoord erop", m => { m.ReplyToExternalId = parent.ExternalId; m.ExternalId = "r-" + Guid.NewGuid(); m.AuthorPseudonym = "auteur-b"; });
        var answer = await MessageAsync("Antwoord op het antwoord", m => { m.ReplyToExternalId = reply.ExternalId; m.AuthorPseudonym = "auteur-b"; });
        var staff = await app.ClientAsync(Principal.Staff);

        var html = PageForm.Text(await PageForm.HtmlAsync(staff, $"/signalen/{reply.Id}"));

        Assert.Contains("Het oorspronkelijke bericht", html);
        Assert.Contains("Antwoord op het antwoord", html);
        Assert.Contains("2 berichten van dit pseudoniem geanalyseerd", html);
        var read = await AuditAsync(MonitoringAuditActions.MessageTextRead);
        Assert.Contains(read, a => a.Details!.StartsWith("signalen-context", StringComparison.Ordinal)
            && a.Details.Contains(parent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            && a.Details.Contains(answer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConfirmRelabelFollowUpAndReopenAreStoredAsDecisionsAndAudited()
    {
        var message = await MessageAsync("Een hatelijk bericht");
        var staff = await app.ClientAsync(Principal.Staff);
        var path = $"/signalen/{message.Id}";

        var confirmed = await PageForm.SubmitAsync(staff, path, "id=\"bevestigen\"", []);
        Assert.Contains("Bevestigen: 1 bericht(en) bijgewerkt.", PageForm.Text(await PageForm.FollowAsync(staff, confirmed)));
        Assert.Equal(ReviewStatus.Bevestigd, (await ReviewTestData.ReloadAsync(app.Services, message.Id)).ReviewStatus);

        await PageForm.SubmitAsync(staff, path, "id=\"herlabelen\"", [new("labels", "threat"), new("labels", "toxicity")]);
        var relabelled = await ReviewTestData.ReloadAsync(app.Services, message.Id);
        Assert.Equal(SignalFlags.Threat | SignalFlags.Toxicity, relabelled.Labels);

        var colleague = app.World[Principal.Moderator].Id;
        await PageForm.SubmitAsync(staff, path, "id=\"opvolgen\"", [new("toegewezen", colleague.ToString()), new("notitie", "Graag contact opnemen met de jeugddienst.")]);
        var followed = await ReviewTestData.ReloadAsync(app.Services, message.Id);
        Assert.Equal(ReviewStatus.Opvolging, followed.ReviewStatus);
        Assert.Equal(colleague, followed.AssignedUserId);

        await PageForm.SubmitAsync(staff, path, "id=\"heropenen\"", []);
        Assert.Equal(ReviewStatus.Nieuw, (await ReviewTestData.ReloadAsync(app.Services, message.Id)).ReviewStatus);

        var decisions = await ReviewTestData.DecisionsAsync(app.Services, message.Id);
        Assert.Equal([ReviewAction.Bevestigen, ReviewAction.Herlabelen, ReviewAction.Opvolgen, ReviewAction.Heropenen], decisions.Select(d => d.Action));
        Assert.All(decisions, d => Assert.Equal(app.World[Principal.Staff].Id, d.UserId));
        Assert.Equal(SignalFlags.Hate, decisions[0].NewLabels);
        Assert.Equal(SignalFlags.Hate, decisions[1].OldLabels);
        Assert.Equal("Graag contact opnemen met de jeugddienst.", decisions[2].Note);
        Assert.Equal(colleague, decisions[2].AssignedUserId);
        var audited = await AuditAsync(ReviewAuditActions.Decided);
        Assert.Equal(4, audited.Count(a => a.EntityId == message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // The decision history is on the page.
        var html = PageForm.Text(await PageForm.HtmlAsync(staff, path));
        Assert.Contains("Graag contact opnemen met de jeugddienst.", html);
    }

    [Fact]
    public async Task FollowingUpNeedsAColleagueOfTheOwnMunicipality()
    {
        var message = await MessageAsync("Op te volgen");
        var staff = await app.ClientAsync(Principal.Staff);

        var response = await PageForm.SubmitAsync(staff, $"/signalen/{message.Id}", "id=\"opvolgen\"",
            [new("toegewezen", app.World[Principal.ForeignMunicipalityAdmin].Id.ToString())]);

        Assert.Contains("Kies een actieve collega van je gemeente", PageForm.Text(await PageForm.FollowAsync(staff, response)));
        Assert.Equal(ReviewStatus.Nieuw, (await ReviewTestData.ReloadAsync(app.Services, message.Id)).ReviewStatus);
        Assert.Empty(await ReviewTestData.DecisionsAsync(app.Services, message.Id));
    }

    [Fact]
    public async Task BulkRejectChangesEverySelectedMessage()
    {
        var first = await MessageAsync("Vals alarm een");
        var second = await MessageAsync("Vals alarm twee");
        var untouched = await MessageAsync("Niet geselecteerd");
        var staff = await app.ClientAsync(Principal.Staff);

        var response = await PageForm.SubmitAsync(staff, $"/signalen?kanaal={first.ChannelId}&status=alle", "id=\"bulk\"",
            [new("ids", first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("ids", second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("actie", "afwijzen")]);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Contains($"kanaal={first.ChannelId}", PageForm.Location(response));
        foreach (var id in new[] { first.Id, second.Id })
        {
            var message = await ReviewTestData.ReloadAsync(app.Services, id);
            Assert.Equal(ReviewStatus.Afgewezen, message.ReviewStatus);
            Assert.Equal(SignalFlags.None, message.Labels);
        }

        Assert.Equal(ReviewStatus.Nieuw, (await ReviewTestData.ReloadAsync(app.Services, untouched.Id)).ReviewStatus);
    }

    [Fact]
    public async Task AnotherMunicipalityGets404AndCannotDecideOnTheMessage()
    {
        var message = await MessageAsync("Alleen voor Teststad");
        var foreign = await app.ClientAsync(Principal.ForeignMunicipalityAdmin);

        var detail = await foreign.GetAsync($"/signalen/{message.Id}");
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.DoesNotContain("Alleen voor Teststad", await detail.Content.ReadAsStringAsync());

        // A forged bulk post from the foreign admin's own queue changes nothing.
        var foreignChannel = await ReviewTestData.ChannelAsync(app.Services, app.World.Foreign.Id, "Andergem kanaal");
        await ReviewTestData.SaveAsync(app.Services, ReviewTestData.Analysed(foreignChannel, "Van Andergem", 0.9f));
        var response = await PageForm.SubmitAsync(foreign, "/signalen", "id=\"bulk\"",
            [new("ids", message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("actie", "bevestigen")]);
        Assert.Contains("bestaan niet (meer)", PageForm.Text(await PageForm.FollowAsync(foreign, response)));
        Assert.Equal(ReviewStatus.Nieuw, (await ReviewTestData.ReloadAsync(app.Services, message.Id)).ReviewStatus);
        Assert.Empty(await ReviewTestData.DecisionsAsync(app.Services, message.Id));
    }
}

public sealed class SqliteReviewPageTests(SqliteAppFixture app) : ReviewPageTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresReviewPageTests(PostgresAppFixture app) : ReviewPageTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
