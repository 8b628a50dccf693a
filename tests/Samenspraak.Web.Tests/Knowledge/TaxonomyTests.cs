using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.FirstRun;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Taxonomy;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>Curators manage the shared taxonomy through the pages: add, edit, retire, merge; the seed keeps their work.</summary>
public abstract class TaxonomyTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private static string NewSlug() => $"term-{Guid.NewGuid():N}"[..17];

    private Task<KnowledgeTerm?> TermAsync(TermKind kind, string slug) =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Set<KnowledgeTerm>().AsNoTracking().FirstOrDefaultAsync(t => t.Kind == kind && t.Slug == slug));

    private async Task<KnowledgeTerm> AddThemeAsync(string slug, string label, params KeyValuePair<string, string>[] extra)
    {
        var curator = await app.ClientAsync(Principal.Curator);
        var response = await PageForm.SubmitAsync(curator, "/kennisbank/taxonomie/nieuw?soort=thema", "id=\"term\"",
            [F("Input.Slug", slug), F("Input.LabelNl", label), F("Input.LabelEn", label + " (en)"), .. extra]);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return Assert.IsType<KnowledgeTerm>(await TermAsync(TermKind.Theme, slug));
    }

    private Task RunSeederAsync() =>
        KnowledgeScope.RunAsync(app, async s =>
        {
            var seeder = s.GetServices<IModuleSeeder>().Single(m => m.GetType().Name == "KnowledgeSeeder");
            await seeder.SeedAsync(seedDemo: false, CancellationToken.None);
            return true;
        });

    [Fact]
    public async Task ACuratorAddsAThemeThatOtherModulesSee()
    {
        var slug = NewSlug();
        var term = await AddThemeAsync(slug, "Burenruzies online", F("Input.KeyPhrases", "burenruzie\nwhatsappgroep"), F("signaal", "harassment"));
        Assert.Equal(["burenruzie", "whatsappgroep"], term.KeyPhrases);
        Assert.Equal(["harassment"], term.SignalKinds);
        Assert.True(term.IsActive);

        var themes = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<IKnowledgeDirectory>().GetThemesAsync());
        Assert.Contains(themes, t => t.Slug == slug && t.Label == "Burenruzies online");
        var overview = PageForm.Text(await PageForm.HtmlAsync(await app.ClientAsync(Principal.Curator), "/kennisbank/taxonomie"));
        Assert.Contains("Burenruzies online", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateSlugsAndEmptyLabelsAreRefusedInDutch()
    {
        var curator = await app.ClientAsync(Principal.Curator);
        var duplicate = await PageForm.SubmitAsync(curator, "/kennisbank/taxonomie/nieuw?soort=thema", "id=\"term\"",
            [F("Input.Slug", "haatspraak"), F("Input.LabelNl", "Nog eens haatspraak")]);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        var html = PageForm.Text(await duplicate.Content.ReadAsStringAsync());
        Assert.Contains("De code haatspraak bestaat al", html, StringComparison.Ordinal);
        Assert.Contains("Nog eens haatspraak", html, StringComparison.Ordinal); // what was typed is kept

        var slug = NewSlug();
        var empty = await PageForm.SubmitAsync(curator, "/kennisbank/taxonomie/nieuw?soort=doelgroep", "id=\"term\"",
            [F("Input.Slug", slug), F("Input.LabelNl", "  ")]);
        Assert.Contains("Vul de Nederlandse naam in.", PageForm.Text(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var badSlug = await PageForm.SubmitAsync(curator, "/kennisbank/taxonomie/nieuw?soort=doelgroep", "id=\"term\"",
            [F("Input.Slug", "Met Spaties"), F("Input.LabelNl", "Iets")]);
        Assert.Contains("kleine letters, cijfers en koppeltekens", PageForm.Text(await badSlug.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        Assert.Null(await TermAsync(TermKind.TargetGroup, slug));
        Assert.Equal("Haatspraak", (await TermAsync(TermKind.Theme, "haatspraak"))!.LabelNl);
    }

    [Fact]
    public async Task EditsSurviveTheSeedAndMatchGuidance()
    {
        var curator = await app.ClientAsync(Principal.Curator);
        var seeded = (await TermAsync(TermKind.Theme, "complotdenken"))!;
        var saved = await PageForm.SubmitAsync(curator, $"/kennisbank/taxonomie/{seeded.Id}", "id=\"term\"",
            [F("Input.LabelNl", "Complotverhalen"), F("Input.LabelEn", "Conspiracy stories"), F("Input.Description", "Bijgewerkt door de redactie."),
             F("Input.KeyPhrases", "chemtrails"), F("signaal", "disinformation")]);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);

        await RunSeederAsync();
        var after = (await TermAsync(TermKind.Theme, "complotdenken"))!;
        Assert.Equal("Complotverhalen", after.LabelNl);
        Assert.Equal("Bijgewerkt door de redactie.", after.Description);
        Assert.Equal(["chemtrails"], after.KeyPhrases);

        // The term's key phrase makes a detected theme "name" it, so items tagged with it gain the theme reason.
        var marker = $"zwq{Guid.NewGuid():N}"[..10];
        await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Tool, $"Gesprekskaarten {marker}", "tekst", i =>
        {
            i.Themes = ["complotdenken"];
            i.KeyPhrases = [marker];
        });
        var matches = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<IThemeGuidance>().ForThemeAsync(
            new ThemeGuidanceRequest(Guid.NewGuid(), $"{marker} en chemtrails boven de stad", [], [], [], []), limit: 50));
        var match = Assert.Single(matches, m => m.Title.Contains(marker, StringComparison.Ordinal));
        Assert.Contains("Complotverhalen", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARetiredTermIsHiddenFromTaggingButKeptOnItems()
    {
        var slug = NewSlug();
        var term = await AddThemeAsync(slug, "Tijdelijk thema");
        var item = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Practice, $"Oud item {slug}", "tekst", i => i.Themes = [slug, "jeugd"]);

        var curator = await app.ClientAsync(Principal.Curator);
        var retired = await PageForm.SubmitAsync(curator, $"/kennisbank/taxonomie/{term.Id}", "id=\"term-status\"", []);
        Assert.Equal(HttpStatusCode.Found, retired.StatusCode);
        Assert.NotNull((await TermAsync(TermKind.Theme, slug))!.RetiredAt);

        var themes = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<IKnowledgeDirectory>().GetThemesAsync());
        Assert.DoesNotContain(themes, t => t.Slug == slug);
        var staff = await app.ClientAsync(Principal.Staff);
        Assert.DoesNotContain($"value=\"{slug}\"", await PageForm.HtmlAsync(staff, "/kennisbank/voorstellen/nieuw"), StringComparison.Ordinal);

        // The item keeps the tag and its label; a curator editing it is still offered the retired tag, so saving keeps it.
        Assert.Equal([slug, "jeugd"], (await KnowledgeScope.FindAsync(app, item.Id))!.Themes);
        Assert.Contains("Tijdelijk thema", PageForm.Text(await PageForm.HtmlAsync(staff, KnowledgeUrls.For(item.Kind, item.Slug))), StringComparison.Ordinal);
        Assert.Contains($"value=\"{slug}\"", await PageForm.HtmlAsync(curator, $"/kennisbank/voorstellen/{item.Id}"), StringComparison.Ordinal);

        var reactivated = await PageForm.SubmitAsync(curator, $"/kennisbank/taxonomie/{term.Id}", "id=\"term-status\"", []);
        Assert.Equal(HttpStatusCode.Found, reactivated.StatusCode);
        Assert.Null((await TermAsync(TermKind.Theme, slug))!.RetiredAt);
    }

    [Fact]
    public async Task MergingRetagsItemsAndTheSeedDoesNotBringTheTermBack()
    {
        var source = await AddThemeAsync(NewSlug(), "Dubbel thema");
        var target = await AddThemeAsync(NewSlug(), "Blijvend thema");
        var published = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Practice, $"Gepubliceerd {source.Slug}", "tekst", i => i.Themes = [source.Slug, target.Slug]);
        var draft = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Tool, $"Concept {source.Slug}", "tekst", i => { i.Themes = [source.Slug]; i.Status = KnowledgeStatus.Draft; });

        var curator = await app.ClientAsync(Principal.Curator);
        var refused = await PageForm.SubmitAsync(curator, $"/kennisbank/taxonomie/{source.Id}", "id=\"samenvoegen\"", [F("doel", "bestaat-niet")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Kies een andere, actieve term", PageForm.Text(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var merged = await PageForm.SubmitAsync(curator, $"/kennisbank/taxonomie/{source.Id}", "id=\"samenvoegen\"", [F("doel", target.Slug)]);
        Assert.Equal(HttpStatusCode.Found, merged.StatusCode);

        Assert.Equal([target.Slug], (await KnowledgeScope.FindAsync(app, published.Id))!.Themes);
        Assert.Equal([target.Slug], (await KnowledgeScope.FindAsync(app, draft.Id))!.Themes);
        var after = (await TermAsync(TermKind.Theme, source.Slug))!;
        Assert.Equal(target.Slug, after.MergedInto);
        Assert.NotNull(after.RetiredAt);

        var (versions, audits) = await KnowledgeScope.RunAsync(app, async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var v = await db.Set<KnowledgeItemVersion>().Where(x => x.ItemId == published.Id && x.Action == KnowledgeActions.Retagged).CountAsync();
            var a = await db.Set<AuditEntry>().Where(x => x.Action == "knowledge.term.merged" && x.EntityId == source.Id.ToString()).CountAsync();
            return (v, a);
        });
        Assert.Equal(1, versions);
        Assert.Equal(1, audits);

        await RunSeederAsync();
        Assert.Equal(target.Slug, (await TermAsync(TermKind.Theme, source.Slug))!.MergedInto);
        var directoryThemes = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<IKnowledgeDirectory>().GetThemesAsync());
        Assert.DoesNotContain(directoryThemes, t => t.Slug == source.Slug);
    }

    [Fact]
    public async Task StaffCannotManageTheTaxonomy()
    {
        var staff = await app.ClientAsync(Principal.Staff);
        var response = await staff.GetAsync("/kennisbank/taxonomie");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync(Principal.Curator)).GetAsync($"/kennisbank/taxonomie/{Guid.NewGuid()}")).StatusCode);
    }
}

public sealed class SqliteTaxonomyTests(SqliteAppFixture app) : TaxonomyTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresTaxonomyTests(PostgresAppFixture app) : TaxonomyTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
