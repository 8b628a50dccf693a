using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Search;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>Propose, review, publish through the real pages; versions and audit; contact details only for professionals with consent.</summary>
public abstract class WorkflowTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private Task<KnowledgeItem?> ByTitleAsync(string title) =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Set<KnowledgeItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Title == title));

    [Fact]
    public async Task AProposalIsReviewedAndPublished()
    {
        var title = $"Dialoogtafels in de bibliotheek {Guid.NewGuid():N}"[..44];
        var staff = await app.ClientAsync(Principal.Staff);
        var submitted = await PageForm.SubmitAsync(staff, "/kennisbank/voorstellen/nieuw", "id=\"voorstel\"",
        [
            F("Input.Title", title), F("Input.Summary", "Maandelijkse gesprekstafels over samenleven."),
            F("Input.Body", "De bibliotheek organiseert **dialoogtafels** met buurtbewoners."), F("thema", "polarisatie"), F("thema", "dialoog"),
            F("Input.Action", "indienen"),
        ]);
        Assert.Equal(HttpStatusCode.Found, submitted.StatusCode);
        var item = Assert.IsType<KnowledgeItem>(await ByTitleAsync(title));
        Assert.Equal(KnowledgeStatus.Submitted, item.Status);
        Assert.Equal(app.World[Principal.Staff].Id, item.ProposedById);
        Assert.Equal(["polarisatie", "dialoog"], item.Themes);

        var anonymous = app.Factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(KnowledgeUrls.For(item.Kind, item.Slug))).StatusCode);

        // Asking for changes needs a note; the proposer sees it and may edit again.
        var curator = await app.ClientAsync(Principal.Curator);
        var noNote = await PageForm.SubmitAsync(curator, $"/kennisbank/beoordelen/{item.Id}", "id=\"beoordeling\"", [F("Input.Decision", "aanpassen")]);
        Assert.Equal(HttpStatusCode.OK, noNote.StatusCode);
        Assert.Contains("Schrijf een opmerking", PageForm.Text(await noNote.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await PageForm.SubmitAsync(curator, $"/kennisbank/beoordelen/{item.Id}", "id=\"beoordeling\"",
            [F("Input.Decision", "aanpassen"), F("Input.Note", "Voeg de periode toe.")]);
        Assert.Equal(KnowledgeStatus.ChangesRequested, (await ByTitleAsync(title))!.Status);
        Assert.Contains("Voeg de periode toe.", PageForm.Text(await PageForm.HtmlAsync(staff, "/kennisbank/mijn-voorstellen")), StringComparison.Ordinal);

        var resubmitted = await PageForm.SubmitAsync(staff, $"/kennisbank/voorstellen/{item.Id}", "id=\"voorstel\"",
        [
            F("Input.Title", title), F("Input.Summary", "Maandelijkse gesprekstafels over samenleven."),
            F("Input.Body", "De bibliotheek organiseert dialoogtafels."), F("Input.PeriodStart", "2025"), F("thema", "dialoog"), F("Input.Action", "indienen"),
        ]);
        Assert.Equal(HttpStatusCode.Found, resubmitted.StatusCode);

        var approved = await PageForm.SubmitAsync(curator, $"/kennisbank/beoordelen/{item.Id}", "id=\"beoordeling\"", [F("Input.Decision", "goedkeuren")]);
        Assert.Equal(HttpStatusCode.Found, approved.StatusCode);
        item = (await ByTitleAsync(title))!;
        Assert.Equal(KnowledgeStatus.Published, item.Status);
        Assert.Equal("2025", item.PeriodStart);

        var page = await anonymous.GetAsync(KnowledgeUrls.For(item.Kind, item.Slug));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var found = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<KnowledgeSearch>().SearchAsync(new SearchRequest { Query = "dialoogtafel bibliotheek" }));
        Assert.Contains(found.Hits, h => h.Item.Id == item.Id);

        var actions = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Set<KnowledgeItemVersion>()
            .Where(v => v.ItemId == item.Id).OrderBy(v => v.Version).Select(v => v.Action).ToListAsync());
        Assert.Equal([KnowledgeActions.Submitted, KnowledgeActions.ChangesRequested, KnowledgeActions.Submitted, KnowledgeActions.Approved], actions);
        var audited = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().AuditEntries
            .CountAsync(a => a.EntityId == item.Id.ToString() && a.Action == "knowledge.approved"));
        Assert.Equal(1, audited);

        // Once under review, the proposer can no longer change it; other professionals never could.
        var official = await app.ClientAsync(Principal.Official);
        Assert.Equal("/geen-toegang", PageForm.Location(await official.GetAsync($"/kennisbank/voorstellen/{item.Id}")));
        Assert.Equal("/geen-toegang", PageForm.Location(await staff.GetAsync($"/kennisbank/voorstellen/{item.Id}")));
    }

    [Fact]
    public async Task ADraftKeepsItsInputAndSubmittingNeedsTheRequiredFields()
    {
        var title = $"Concept {Guid.NewGuid():N}";
        var staff = await app.ClientAsync(Principal.Staff);
        var draft = await PageForm.SubmitAsync(staff, "/kennisbank/voorstellen/nieuw?soort=tool", "id=\"voorstel\"",
            [F("Input.Title", title), F("Input.Action", "concept")]);
        Assert.Equal(HttpStatusCode.Found, draft.StatusCode);
        var item = Assert.IsType<KnowledgeItem>(await ByTitleAsync(title));
        Assert.Equal(KnowledgeStatus.Draft, item.Status);
        Assert.Equal(KnowledgeKinds.Tool, item.Kind);

        var incomplete = await PageForm.SubmitAsync(staff, $"/kennisbank/voorstellen/{item.Id}", "id=\"voorstel\"",
            [F("Input.Title", title), F("Input.Body", "Alleen tekst"), F("Input.Links", "geen link hier"), F("Input.ContactName", "Jan"), F("Input.Action", "indienen")]);
        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        var html = PageForm.Text(await incomplete.Content.ReadAsStringAsync());
        Assert.Contains("foutenoverzicht", html, StringComparison.Ordinal);
        Assert.Contains("Vul Korte beschrijving in.", html, StringComparison.Ordinal);
        Assert.Contains("Kies minstens één thema.", html, StringComparison.Ordinal);
        Assert.Contains("toestemming", html, StringComparison.Ordinal);
        Assert.Contains("Alleen tekst", html, StringComparison.Ordinal);
        Assert.Equal(KnowledgeStatus.Draft, (await ByTitleAsync(title))!.Status);
    }

    [Fact]
    public async Task ContactDetailsShowOnlyToProfessionalsAndOnlyWithConsent()
    {
        var withConsent = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Practice, $"Met contact {Guid.NewGuid():N}", "tekst",
            i => { i.ContactName = "Contactpersoon Zichtbaar"; i.ContactEmail = "zichtbaar@example.org"; i.ContactConsentAt = DateTimeOffset.UtcNow; });
        var withoutConsent = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Practice, $"Zonder toestemming {Guid.NewGuid():N}", "tekst",
            i => { i.ContactName = "Contactpersoon Verborgen"; i.ContactEmail = "verborgen@example.org"; });

        async Task<string> PageAs(HttpClient client, KnowledgeItem item) =>
            PageForm.Text(await PageForm.HtmlAsync(client, KnowledgeUrls.For(item.Kind, item.Slug)));

        var anonymous = app.Factory.CreateBrowserClient();
        var citizen = await app.ClientAsync(Principal.Citizen);
        var staff = await app.ClientAsync(Principal.Staff);
        Assert.DoesNotContain("zichtbaar@example.org", await PageAs(anonymous, withConsent), StringComparison.Ordinal);
        Assert.Contains("enkel zichtbaar voor ingelogde professionals", await PageAs(anonymous, withConsent), StringComparison.Ordinal);
        Assert.DoesNotContain("zichtbaar@example.org", await PageAs(citizen, withConsent), StringComparison.Ordinal);
        Assert.Contains("zichtbaar@example.org", await PageAs(staff, withConsent), StringComparison.Ordinal);
        Assert.DoesNotContain("verborgen@example.org", await PageAs(staff, withoutConsent), StringComparison.Ordinal);

        var api = await anonymous.GetStringAsync($"/api/v1/knowledge/items/{withConsent.Slug}");
        Assert.DoesNotContain("zichtbaar@example.org", api, StringComparison.Ordinal);
        var export = await (await app.ClientAsync(Principal.Staff)).GetStringAsync("/api/v1/knowledge/export/csv");
        Assert.Contains(withConsent.Slug, export, StringComparison.Ordinal);
        Assert.DoesNotContain("zichtbaar@example.org", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkdownIsSanitisedOnTheItemPage()
    {
        var item = await KnowledgeScope.PublishAsync(app, KnowledgeKinds.Tool, $"Onveilig {Guid.NewGuid():N}",
            "Tekst <script>alert('x')</script> en [klik](javascript:alert(1)) en **vet**.");
        var html = await PageForm.HtmlAsync(app.Factory.CreateBrowserClient(), KnowledgeUrls.For(item.Kind, item.Slug));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("<strong>vet</strong>", html, StringComparison.Ordinal);
    }
}

public sealed class SqliteWorkflowTests(SqliteAppFixture app) : WorkflowTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresWorkflowTests(PostgresAppFixture app) : WorkflowTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
