using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Attachments;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>
/// Uploaded attachments of knowledge items through the real proposal form (multipart): round trip, limits and the
/// content check with the typed form kept, visibility (anonymous, proposer, other professionals, other
/// municipality, curator), duplicates, order, removal with audit, versions and the export column.
/// </summary>
public abstract class AttachmentTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private const string NewProposal = "/kennisbank/voorstellen/nieuw";
    private const string FormMarker = "id=\"voorstel\"";

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private static PostedFile File(string name, byte[] bytes) => new(AttachmentForm.FileField, name, bytes);

    private Task<KnowledgeItem?> ByTitleAsync(string title) =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Set<KnowledgeItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Title == title));

    private Task<List<KnowledgeAttachment>> AttachmentsAsync(Guid itemId, bool includeRemoved = false) =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Set<KnowledgeAttachment>().AsNoTracking()
            .Where(a => a.ItemId == itemId && (includeRemoved || a.RemovedAt == null)).OrderBy(a => a.Position).ToListAsync());

    private static string Unique(string text) => $"{text} {Guid.NewGuid():N}"[..(text.Length + 9)];

    [Fact]
    public async Task AProposerAttachesFilesWhoseVisibilityFollowsTheItem()
    {
        var title = Unique("Buurtgesprekken met verslag");
        var pdf = SampleFiles.Pdf(title);
        var staff = await app.ClientAsync(Principal.Staff);
        var saved = await MultipartPageForm.SubmitAsync(staff, NewProposal, FormMarker,
            [F("Input.Title", title), F("Input.Summary", "Gesprekken in de buurt."), F("Input.Body", "Elke maand een gesprek."), F("Input.Action", "concept")],
            [File("Verslag buurtgesprekken.pdf", pdf), File("werkblad.docx", SampleFiles.Docx())]);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        var item = Assert.IsType<KnowledgeItem>(await ByTitleAsync(title));
        Assert.Equal(KnowledgeStatus.Draft, item.Status);
        var attachments = await AttachmentsAsync(item.Id);
        Assert.Equal(["Verslag buurtgesprekken.pdf", "werkblad.docx"], attachments.Select(a => a.FileName));
        Assert.Equal([1, 2], attachments.Select(a => a.Position));
        var url = KnowledgeAttachments.UrlFor(attachments[0]);
        Assert.Equal($"/kennisbank/bijlagen/{attachments[0].Id}/Verslag%20buurtgesprekken.pdf", url);

        // The proposer downloads exactly the bytes, as a download that the browser must not sniff.
        var download = await staff.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("Verslag buurtgesprekken.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        Assert.Equal(["nosniff"], download.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(pdf.LongLength, download.Content.Headers.ContentLength);

        // A draft's attachment is the proposer's and the curators': everyone else gets 404, like an unknown file.
        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.CreateBrowserClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync(Principal.Official)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync(Principal.ForeignMunicipalityAdmin)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/kennisbank/bijlagen/{Guid.NewGuid()}/x.pdf")).StatusCode);
        var curator = await app.ClientAsync(Principal.Curator);
        Assert.Equal(pdf, await curator.GetByteArrayAsync(url));

        // The curator sees them on the review page, and the version names them.
        var review = PageForm.Text(await PageForm.HtmlAsync(curator, $"/kennisbank/beoordelen/{item.Id}"));
        Assert.Contains("Verslag buurtgesprekken.pdf", review, StringComparison.Ordinal);
        Assert.Contains("werkblad.docx", review, StringComparison.Ordinal);

        // Once published, the attachments are public and listed on the item page with type and size.
        var approved = await PageForm.SubmitAsync(curator, $"/kennisbank/beoordelen/{item.Id}", "id=\"beoordeling\"", [F("Input.Decision", "goedkeuren")]);
        Assert.Equal(HttpStatusCode.Found, approved.StatusCode);
        var anonymous = app.Factory.CreateBrowserClient();
        Assert.Equal(pdf, await anonymous.GetByteArrayAsync(url));
        var page = PageForm.Text(await PageForm.HtmlAsync(anonymous, KnowledgeUrls.For(item.Kind, item.Slug)));
        Assert.Contains("id=\"bijlagen\"", page, StringComparison.Ordinal);
        Assert.Contains(url, page, StringComparison.Ordinal);
        Assert.Contains($"{pdf.Length} B", page, StringComparison.Ordinal);
        Assert.Contains(">DOCX<", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rapport.pdf", "program", "past niet bij de extensie")]
    [InlineData("setup.exe", "program", "bestandstype is niet toegelaten")]
    [InlineData("leeg.pdf", "empty", "het bestand is leeg")]
    [InlineData("groot.pdf", "big", "groter dan 10 MB")]
    public async Task ARefusedFileKeepsWhatWasTyped(string fileName, string content, string message)
    {
        var bytes = content switch
        {
            "program" => SampleFiles.Program(),
            "empty" => [],
            _ => SampleFiles.Pdf(new string('x', (int)AttachmentRules.MaxBytes)),
        };
        var title = Unique("Tekst die blijft staan");
        var staff = await app.ClientAsync(Principal.Staff);
        var response = await MultipartPageForm.SubmitAsync(staff, NewProposal, FormMarker,
            [F("Input.Title", title), F("Input.Body", "Een lange uitleg die niemand opnieuw wil typen."), F("Input.Action", "concept")],
            [File(fileName, bytes)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = PageForm.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("foutenoverzicht", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("kies de bestanden opnieuw", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains("Een lange uitleg die niemand opnieuw wil typen.", html, StringComparison.Ordinal);
        Assert.Null(await ByTitleAsync(title));
    }

    [Fact]
    public async Task TooManyFilesOrATooLargeRequestAreRefusedWithTheFormKept()
    {
        var staff = await app.ClientAsync(Principal.Staff);
        var title = Unique("Te veel bijlagen");
        var eleven = Enumerable.Range(1, AttachmentRules.MaxPerItem + 1).Select(n => File($"deel-{n}.pdf", SampleFiles.Pdf($"{title} {n}"))).ToList();
        var tooMany = await MultipartPageForm.SubmitAsync(staff, NewProposal, FormMarker, [F("Input.Title", title), F("Input.Action", "concept")], eleven);
        Assert.Equal(HttpStatusCode.OK, tooMany.StatusCode);
        Assert.Contains("hoogstens 10 bijlagen", PageForm.Text(await tooMany.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null(await ByTitleAsync(title));

        // Two files of 6 MB: over the platform's 10 MiB request limit, which alone would answer a bare 413.
        title = Unique("Te groot verzoek");
        var six = new string('x', 6_000_000);
        var oversize = await MultipartPageForm.SubmitAsync(staff, NewProposal, FormMarker,
            [F("Input.Title", title), F("Input.Summary", "Samenvatting die blijft."), F("Input.Action", "concept")],
            [File("eerste.pdf", SampleFiles.Pdf("1" + six)), File("tweede.pdf", SampleFiles.Pdf("2" + six))]);
        Assert.Equal(HttpStatusCode.OK, oversize.StatusCode);
        var html = PageForm.Text(await oversize.Content.ReadAsStringAsync());
        Assert.Contains("samen groter dan 10 MB", html, StringComparison.Ordinal);
        Assert.Contains("eerste.pdf, tweede.pdf", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains("Samenvatting die blijft.", html, StringComparison.Ordinal);
        Assert.Null(await ByTitleAsync(title));
    }

    [Fact]
    public async Task AnOversizeUploadWithoutASignInIsNotReadAndGetsTheUsual413()
    {
        var anonymous = app.Factory.CreateBrowserClient();
        using var body = new MultipartFormDataContent
        {
            { new StringContent("Niet aangemeld"), "Input.Title" },
            { new ByteArrayContent(new byte[12_000_000]), AttachmentForm.FileField, "groot.pdf" },
        };
        var response = await anonymous.PostAsync(NewProposal, body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task DuplicatesAreStoredOnceAndRemovalsAreAuditedAndVersioned()
    {
        var title = Unique("Praktijk met wisselende bijlagen");
        var first = SampleFiles.Pdf(title + " eerste");
        var second = SampleFiles.Png();
        var staff = await app.ClientAsync(Principal.Staff);
        Assert.Equal(HttpStatusCode.Found, (await MultipartPageForm.SubmitAsync(staff, NewProposal, FormMarker,
            [F("Input.Title", title), F("Input.Action", "concept")], [File("eerste.pdf", first)])).StatusCode);
        var item = (await ByTitleAsync(title))!;
        var a = Assert.Single(await AttachmentsAsync(item.Id));
        var edit = $"/kennisbank/voorstellen/{item.Id}";

        // The same file again (under another name) is not stored twice; the new one is put first, the old one titled.
        Assert.Equal(HttpStatusCode.Found, (await MultipartPageForm.SubmitAsync(staff, edit, FormMarker,
        [
            F("Input.Title", title), F("Input.Action", "concept"), F($"bijlage-titel-{a.Id}", "Eindverslag"), F($"bijlage-omschrijving-{a.Id}", "Met cijfers"),
            F($"bijlage-volgorde-{a.Id}", "5"),
        ], [File("kopie.pdf", first), File("affiche.png", second)])).StatusCode);
        var both = await AttachmentsAsync(item.Id);
        Assert.Equal(["eerste.pdf", "affiche.png"], both.Select(x => x.FileName));
        Assert.Equal("Eindverslag", both[0].Title);
        Assert.Equal("Met cijfers", both[0].Description);
        Assert.Equal(HttpStatusCode.Found, (await MultipartPageForm.SubmitAsync(staff, edit, FormMarker,
            [F("Input.Title", title), F("Input.Action", "concept"), F($"bijlage-volgorde-{a.Id}", "2"), F($"bijlage-volgorde-{both[1].Id}", "1")], [])).StatusCode);
        Assert.Equal(["affiche.png", "eerste.pdf"], (await AttachmentsAsync(item.Id)).Select(x => x.FileName));

        // Removing: gone from the item, audited, the proposer can no longer download it, a curator still can.
        Assert.Equal(HttpStatusCode.Found, (await MultipartPageForm.SubmitAsync(staff, edit, FormMarker,
            [F("Input.Title", title), F("Input.Action", "concept"), F("bijlage-weg", a.Id.ToString())], [])).StatusCode);
        Assert.Equal(["affiche.png"], (await AttachmentsAsync(item.Id)).Select(x => x.FileName));
        var audited = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().AuditEntries
            .CountAsync(e => e.EntityId == a.Id.ToString() && e.Action == "knowledge.attachment-removed"));
        Assert.Equal(1, audited);
        var url = KnowledgeAttachments.UrlFor(a);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(url)).StatusCode);
        Assert.Equal(first, await (await app.ClientAsync(Principal.Curator)).GetByteArrayAsync(url));

        // Every save is a version that names the attachments the item had then.
        var versions = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Set<KnowledgeItemVersion>()
            .Where(v => v.ItemId == item.Id).OrderBy(v => v.Version).Select(v => v.Snapshot).ToListAsync());
        Assert.Equal(
            [["eerste.pdf"], ["eerste.pdf", "affiche.png"], ["affiche.png", "eerste.pdf"], ["affiche.png"]],
            versions.Select(v => KnowledgeStore.SnapshotAttachmentNames(v).ToArray()));

        // Uploading the removed file again brings the same attachment back (stored once per item).
        Assert.Equal(HttpStatusCode.Found, (await MultipartPageForm.SubmitAsync(staff, edit, FormMarker,
            [F("Input.Title", title), F("Input.Action", "concept")], [File("eerste.pdf", first)])).StatusCode);
        Assert.Equal([both[1].Id, a.Id], (await AttachmentsAsync(item.Id)).Select(x => x.Id));
        Assert.Equal(2, (await AttachmentsAsync(item.Id, includeRemoved: true)).Count);
    }

    [Fact]
    public async Task TheExportListsAttachmentNamesAndAddresses()
    {
        var id = app.World.Resource(KnowledgeWorldSeeder.AttachmentKey);
        var staff = await app.ClientAsync(Principal.Staff);
        var csv = await staff.GetStringAsync("/api/v1/knowledge/export/csv");
        var header = csv.Split('\n')[0].TrimEnd('\r');
        Assert.EndsWith(",Attachments", header, StringComparison.Ordinal);
        Assert.Contains($"verslag.pdf (/kennisbank/bijlagen/{id}/verslag.pdf)", csv, StringComparison.Ordinal);
        var json = await staff.GetStringAsync("/api/v1/knowledge/export/json");
        Assert.Contains($"\"attachments\": \"verslag.pdf (/kennisbank/bijlagen/{id}/verslag.pdf)\"", json, StringComparison.Ordinal);
    }
}

public sealed class SqliteAttachmentTests(SqliteAppFixture app) : AttachmentTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresAttachmentTests(PostgresAppFixture app) : AttachmentTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
