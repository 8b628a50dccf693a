using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Community.Digest;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Learning.Agenda;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Knowledge;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>
/// The digest "of new questions, publications and events on followed themes" (issue 7): new knowledge-base
/// publications on a followed theme are listed, those on other themes, drafts and older ones are not; events carry
/// themes of the shared taxonomy, chosen in the event form, shown on the event page and used as an agenda filter.
/// </summary>
public abstract class ThemedDigestTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private const string Followed = "desinformatie";
    private const string Other = "extremisme";

    private async Task FollowAsync(Principal who, string theme)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Set<Follow>().Add(new Follow { UserId = app.World[who].Id, ThemeSlug = theme, CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }

    private async Task<IReadOnlyList<DigestItem>> ItemsAsync(string contributor, Principal who, DateTimeOffset since)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var c = scope.ServiceProvider.GetServices<IDigestContributor>().Single(x => x.GetType().Name == contributor);
        return await c.ItemsSinceAsync(new DigestRecipient(app.World[who].Id, "Ontvanger", app.World.Home.Id), since, CancellationToken.None);
    }

    private Task<KnowledgeItem> PublishAsync(string kind, string title, string[] themes, Action<KnowledgeItem>? configure = null) =>
        KnowledgeScope.PublishAsync(app, kind, title, "Tekst van " + title, item =>
        {
            item.Themes = [.. themes];
            configure?.Invoke(item);
        });

    [Fact]
    public async Task NewPublicationsOnAFollowedThemeAreListedButOtherThemesDraftsAndOlderOnesNot()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        await FollowAsync(Principal.Official, Followed);
        var publication = await PublishAsync(KnowledgeKinds.Publication, "Gids over desinformatie in buurtgroepen", [Followed]);
        var practice = await PublishAsync(KnowledgeKinds.Practice, "Praktijk: factchecken met jongeren", ["polarisatie", Followed]);
        var otherTheme = await PublishAsync(KnowledgeKinds.Publication, "Rapport over extremisme online", [Other]);
        var draft = await PublishAsync(KnowledgeKinds.Tool, "Ontwerp van een checklist", [Followed], i =>
        {
            i.Status = KnowledgeStatus.Draft;
            i.PublishedAt = null;
        });
        var older = await PublishAsync(KnowledgeKinds.Publication, "Oude publicatie over desinformatie", [Followed],
            i => i.PublishedAt = since.AddDays(-3));
        var organisation = await PublishAsync(KnowledgeKinds.Organisation, "Organisatie rond mediawijsheid", [Followed]);

        var items = await ItemsAsync("NewPublicationsContributor", Principal.Official, since);
        var paths = items.Select(i => i.Path).ToList();
        Assert.Contains(KnowledgeUrls.For(publication.Kind, publication.Slug), paths);
        Assert.Contains(KnowledgeUrls.For(practice.Kind, practice.Slug), paths);
        Assert.DoesNotContain(KnowledgeUrls.For(otherTheme.Kind, otherTheme.Slug), paths);
        Assert.DoesNotContain(KnowledgeUrls.For(draft.Kind, draft.Slug), paths);
        Assert.DoesNotContain(KnowledgeUrls.For(older.Kind, older.Slug), paths);
        Assert.DoesNotContain(KnowledgeUrls.For(organisation.Kind, organisation.Slug), paths);
        var line = items.Single(i => i.Title == publication.Title);
        Assert.Equal("Nieuw in de kennisbank", line.Section);
        Assert.StartsWith("Publicatie over ", line.Detail, StringComparison.Ordinal);

        // The draft is published later: from then on it is new too.
        await KnowledgeScope.RunAsync(app, async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            return await db.Set<KnowledgeItem>().Where(i => i.Id == draft.Id).ExecuteUpdateAsync(u => u
                .SetProperty(i => i.Status, KnowledgeStatus.Published).SetProperty(i => i.PublishedAt, DateTimeOffset.UtcNow));
        });
        Assert.Contains(KnowledgeUrls.For(draft.Kind, draft.Slug), (await ItemsAsync("NewPublicationsContributor", Principal.Official, since)).Select(i => i.Path));

        // Somebody who follows no theme gets no publications.
        Assert.Empty(await ItemsAsync("NewPublicationsContributor", Principal.Moderator, since));
    }

    [Fact]
    public async Task AnAuthorGivesAnEventThemesThatTheEventPageTheAgendaFilterAndTheEditFormShow()
    {
        var expert = await app.ClientAsync(Principal.Expert);
        var title = $"Webinar desinformatie {Guid.NewGuid():N}";
        var starts = DateTime.Today.AddDays(20).AddHours(19);
        var saved = await PageForm.SubmitAsync(expert, "/agenda/nieuw", "evenement", [
            new("Input.Title", title), new("Input.Type", "Webinar"), new("Input.Description", "Hoe herken je een vals bericht?"),
            new("Input.StartsAt", starts.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.EndsAt", starts.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Capacity", "50"), new("Input.IsPublic", "true"),
            new("themas", Followed), new("themas", "bestaat-niet")]);
        var eventPath = PageForm.Location(saved);
        Assert.NotNull(eventPath);
        var stored = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Set<AgendaEvent>().AsNoTracking().SingleAsync(e => e.Title == title));
        Assert.Equal([Followed], stored.Themes); // an unknown slug is dropped

        var page = PageForm.Text(await PageForm.HtmlAsync(expert, $"/agenda/{stored.Id}"));
        Assert.Contains("id=\"evenement-themas\"", page, StringComparison.Ordinal);
        Assert.Contains($"/agenda?thema={Followed}", page, StringComparison.Ordinal);

        var citizen = await app.ClientAsync(Principal.Citizen);
        Assert.Contains(title, await PageForm.HtmlAsync(citizen, $"/agenda?thema={Followed}"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await PageForm.HtmlAsync(citizen, $"/agenda?thema={Other}"), StringComparison.Ordinal);

        // The edit form shows the ticked theme; a refused change keeps the newly ticked themes; a saved one stores them.
        var edit = await PageForm.HtmlAsync(expert, $"/agenda/{stored.Id}/bewerken");
        Assert.Matches($"id=\"thema-{Followed}\"[^>]*checked", edit);
        List<KeyValuePair<string, string>> form(string titleValue) =>
        [
            new("Input.Title", titleValue), new("Input.Type", "Webinar"), new("Input.Description", stored.Description),
            new("Input.StartsAt", starts.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.EndsAt", starts.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Capacity", "50"), new("Input.IsPublic", "true"), new("themas", Other),
        ];
        var refused = await PageForm.SubmitAsync(expert, $"/agenda/{stored.Id}/bewerken", "evenement-wijzigen", form(""));
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Matches($"id=\"thema-{Other}\"[^>]*checked", refusedHtml);
        Assert.DoesNotMatch($"id=\"thema-{Followed}\"[^>]*checked", refusedHtml);
        await PageForm.SubmitAsync(expert, $"/agenda/{stored.Id}/bewerken", "evenement-wijzigen", form(title));
        var changed = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Set<AgendaEvent>().AsNoTracking().SingleAsync(e => e.Id == stored.Id));
        Assert.Equal([Other], changed.Themes);
    }
}

public sealed class SqliteThemedDigestTests(SqliteAppFixture app) : ThemedDigestTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresThemedDigestTests(PostgresAppFixture app) : ThemedDigestTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
