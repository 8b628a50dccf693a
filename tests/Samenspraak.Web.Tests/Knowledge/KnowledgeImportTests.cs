using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.Import;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;
using static Samenspraak.Web.Tests.Knowledge.ImportFiles;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>
/// Curators' bulk import: export → import round-trips unchanged, the dry run stores nothing, the import applies exactly
/// the checked plan with versions and audit entries, every validation rule reports row, column and a Dutch message,
/// and CSV (comma or semicolon, any supported encoding), XLSX and JSON are read; bad files get a Dutch refusal.
/// </summary>
public abstract class KnowledgeImportTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static readonly string[] Header = ["Slug", "Type", "Title", "Summary", "Themes", "TargetGroups", "PeriodStart", "PeriodEnd", "Links"];

    private static string Id() => Guid.NewGuid().ToString("N")[..8];

    private Task<List<KnowledgeItem>> ItemsAsync(params string[] slugs) =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Set<KnowledgeItem>().AsNoTracking().Where(i => slugs.Contains(i.Slug)).ToListAsync());

    private Task<List<KnowledgeItemVersion>> VersionsAsync(Guid id) =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Set<KnowledgeItemVersion>().AsNoTracking().Where(v => v.ItemId == id).OrderBy(v => v.Version).ToListAsync());

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    [InlineData("json")]
    public async Task AnExportImportsBackUnchanged(string format)
    {
        var curator = await app.ClientAsync(Principal.Curator);
        var export = await curator.GetByteArrayAsync($"/api/v1/knowledge/export/{format}");
        var plan = await InDutchAsync(() => CheckAsync(app, export, $"kennisbank.{format}"));

        Assert.Empty(plan.Problems);
        Assert.Empty(plan.Notes);
        Assert.True(plan.Rows.Count >= 40, $"only {plan.Rows.Count} rows");
        Assert.All(plan.Rows, r => Assert.True(r.Action == RowAction.Unchanged, $"row {r.Row} ({r.Slug}): {r.Action} {string.Join(", ", r.Changed)}"));
        Assert.False(plan.HasWork);

        var before = (await ItemsAsync("rolmodellen-polrad")).Single().Version;
        var outcome = await ApplyAsync(app, plan);
        Assert.Equal((0, 0), (outcome.Created, outcome.Updated));
        Assert.Equal(before, (await ItemsAsync("rolmodellen-polrad")).Single().Version);
    }

    [Fact]
    public async Task TheDryRunStoresNothingAndTheImportAppliesExactlyItsPlan()
    {
        var id = Id();
        var polrad = (await ItemsAsync("rolmodellen-polrad")).Single();
        var csv = Csv(',', Header,
            [$"nieuw-{id}", "praktijk", $"Buurtgesprekken {id}", "Gesprekken in de wijk.", "polarisatie; sociale-cohesie", "jongeren", "2023", "2024-06", "Verslag|https://example.org/verslag"],
            ["", "tool", $"Gespreksspel {id}", "Een spel voor klassen.", "Polarisatie", "", "", "", ""],
            ["rolmodellen-polrad", "praktijk", polrad.Title, $"Nieuwe samenvatting {id}", "", "", "", "", ""],
            ["", "praktijk", "", "Zonder titel", "", "", "", "", ""]);

        var plan = await InDutchAsync(() => CheckAsync(app, Utf8(csv)));
        Assert.Equal((2, 1, 0, 1), (plan.Count(RowAction.New), plan.Count(RowAction.Update), plan.Count(RowAction.Unchanged), plan.Count(RowAction.Skipped)));
        Assert.Equal(new RowProblem(5, "Title", "De titel ontbreekt."), Assert.Single(plan.Problems));
        var update = plan.Rows.Single(r => r.Action == RowAction.Update);
        Assert.Contains("Summary", update.Changed);
        Assert.Contains("Themes", update.Changed); // the file's Themes cell is empty: the item's themes would be cleared
        Assert.Equal($"gespreksspel-{id}", plan.Rows.Single(r => r.Row == 3).Slug);

        // The dry run changed nothing.
        Assert.Empty(await ItemsAsync($"nieuw-{id}", $"gespreksspel-{id}"));
        Assert.Equal(polrad.Version, (await ItemsAsync("rolmodellen-polrad")).Single().Version);

        var outcome = await ApplyAsync(app, plan);
        Assert.Equal((2, 1, 0), (outcome.Created, outcome.Updated, outcome.Skipped.Count));
        var created = (await ItemsAsync($"nieuw-{id}")).Single();
        Assert.Equal(KnowledgeStatus.Published, created.Status);
        Assert.Equal(["polarisatie", "sociale-cohesie"], created.Themes);
        Assert.Equal(("2023", "2024-06"), (created.PeriodStart, created.PeriodEnd));
        Assert.Equal(["Verslag|https://example.org/verslag"], created.Links);
        Assert.Equal(["polarisatie"], (await ItemsAsync($"gespreksspel-{id}")).Single().Themes); // the label resolved to its slug
        var updated = (await ItemsAsync("rolmodellen-polrad")).Single();
        Assert.Equal(($"Nieuwe samenvatting {id}", polrad.Version + 1, polrad.Body), (updated.Summary, updated.Version, updated.Body));
        Assert.True(updated.EditedAfterSeed);
        var version = (await VersionsAsync(created.Id)).Single();
        Assert.Equal((KnowledgeActions.Imported, app.World[Principal.Curator].Id), (version.Action, version.ChangedById));
        Assert.Contains("test.csv", version.Note, StringComparison.Ordinal);
        var audited = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .CountAsync(e => e.Action == "knowledge.imported" && e.EntityId == created.Id.ToString()));
        Assert.Equal(1, audited);

        // The same file again: nothing new, no duplicates.
        var again = await CheckAsync(app, Utf8(csv));
        Assert.Equal((0, 0, 3), (again.Count(RowAction.New), again.Count(RowAction.Update), again.Count(RowAction.Unchanged)));
        Assert.Equal(0, (await ApplyAsync(app, again)).Created);
        Assert.Single(await ItemsAsync($"gespreksspel-{id}"));
    }

    [Fact]
    public async Task EveryRuleReportsTheRowTheColumnAndADutchMessage()
    {
        var id = Id();
        var existing = (await ItemsAsync("rolmodellen-polrad")).Single();
        string[] header = ["Slug", "Type", "Title", "Summary", "Themes", "TargetGroups", "PeriodStart", "ReviewDate", "ContactName", "ContactEmail", "ContactConsentDate", "Links", "SourceUrl", "Kolom X"];
        string[] Row(string slug = "", string type = "praktijk", string? title = null, string summary = "Kort.", string themes = "polarisatie", string targets = "",
            string period = "", string date = "", string contact = "", string email = "", string consent = "", string links = "", string source = "") =>
            [slug, type, title ?? $"Titel {Guid.NewGuid():N}", summary, themes, targets, period, date, contact, email, consent, links, source, "genegeerd"];

        var csv = Csv(';', header,
            Row(type: "praktyk"),                                              // 2
            Row(themes: "polarisatei"),                                        // 3
            Row(targets: "jongren"),                                           // 4
            Row(period: "2024-13"),                                            // 5
            Row(type: "factcheck", date: "31/02/2024"),                        // 6
            Row(contact: "Jan Peeters", email: "jan-at-example.org", consent: "2025-01-10"), // 7
            Row(contact: "An Claes"),                                          // 8
            Row(title: $"Dubbel {id}"),                                        // 9
            Row(title: $"Dubbel {id}"),                                        // 10
            Row(slug: $"andere-{id}", title: existing.Title),                  // 11
            Row(links: "Geen adres"),                                          // 12
            Row(source: "www.example.org"),                                    // 13
            Row(slug: "Met Spaties", summary: ""));                            // 14

        var plan = await InDutchAsync(() => CheckAsync(app, Encoding.UTF8.GetBytes(csv)));
        void Has(int row, string field, string text) => Assert.True(
            plan.Problems.Any(p => p.Row == row && p.Field == field && p.Message.Contains(text, StringComparison.Ordinal)),
            $"row {row} {field} '{text}' not in: " + string.Join(" | ", plan.Problems.Select(p => $"{p.Row} {p.Field} {p.Message}")));

        Has(2, "Type", "Onbekende soort ‘praktyk’. Bedoelde u ‘praktijk’?");
        Has(3, "Themes", "Onbekend thema ‘polarisatei’. Bedoelde u ‘polarisatie’");
        Has(4, "TargetGroups", "Onbekende doelgroep ‘jongren’. Bedoelde u ‘jongeren’");
        Has(5, "PeriodStart", "geen geldige periode");
        Has(6, "ReviewDate", "geen geldige datum");
        Has(6, "Claim", "Een factcheck heeft een ingevulde kolom Claim nodig");
        Has(7, "ContactEmail", "geen geldig e-mailadres");
        Has(8, "ContactConsentDate", "zonder datum van toestemming");
        Has(10, "Title", "Dubbel van rij 9");
        Has(11, "Title", "bestaat al in de Kennisbank");
        Has(11, "Title", "rolmodellen-polrad");
        Has(12, "Links", "titel|https://adres");
        Has(13, "SourceUrl", "geen volledig webadres");
        Has(14, "Slug", "kleine letters, cijfers en koppeltekens");
        Has(14, "Summary", "korte beschrijving (Summary) ontbreekt");
        Assert.Contains("De kolom ‘Kolom X’ is onbekend en wordt genegeerd.", plan.Notes);
        Assert.Equal([9], plan.Rows.Where(r => r.Action == RowAction.New).Select(r => r.Row));
        Assert.Equal(12, plan.Count(RowAction.Skipped));
    }

    [Fact]
    public async Task SemicolonCsvInWindows1252AndUtf16AreReadWithTheirAccents()
    {
        var id = Id();
        var text = Csv(';', ["Type", "Title", "Summary", "Themes", "Municipalities"],
            ["praktijk", $"Café-gesprekken in Sint-Niklaas {id}", "Gesprekken over ‘wij’ en ‘zij’; één keer per maand.", "polarisatie", "Sint-Niklaas; Lokeren"]);
        // The curly quotes exist in Windows-1252 (0x91, 0x92), so this is exactly what Excel writes.
        var plan = await InDutchAsync(() => CheckAsync(app, Windows1252.GetBytes(text)));
        Assert.Equal(("Windows-1252", (char?)';'), (plan.Encoding, plan.Delimiter));
        Assert.Empty(plan.Problems);
        var row = Assert.Single(plan.Rows);
        Assert.Equal($"cafe-gesprekken-in-sint-niklaas-{id}", row.Slug);
        await ApplyAsync(app, plan);
        var item = (await ItemsAsync(row.Slug)).Single();
        Assert.Equal(($"Café-gesprekken in Sint-Niklaas {id}", "Gesprekken over ‘wij’ en ‘zij’; één keer per maand."), (item.Title, item.Summary));
        Assert.Equal(["Sint-Niklaas", "Lokeren"], item.Municipalities);

        var utf16 = await CheckAsync(app, [.. new UnicodeEncoding(false, true).GetPreamble(), .. new UnicodeEncoding(false, false).GetBytes(text)]);
        Assert.Equal(("UTF-16LE", RowAction.Unchanged), (utf16.Encoding, Assert.Single(utf16.Rows).Action));
        var utf8Bom = await CheckAsync(app, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.Replace(';', ','))]);
        Assert.Equal(("UTF-8 (BOM)", (char?)','), (utf8Bom.Encoding, utf8Bom.Delimiter));
    }

    [Fact]
    public async Task AWorkbookWithNumbersAndDatesIsRead()
    {
        var id = Id();
        var bytes = Xlsx([
            new() { ["Type"] = "factcheck", ["Title"] = $"Factcheck {id}", ["Summary"] = "Klopt niet.", ["Claim"] = "De stad sluit alle scholen.",
                    ["Verdict"] = "Onwaar", ["ReviewDate"] = new DateTime(2025, 3, 14), ["PeriodStart"] = 2024, ["ReviewUrl"] = "https://example.org/fc" },
        ]);
        var plan = await InDutchAsync(() => CheckAsync(app, bytes, "lijst.xlsx"));
        Assert.Equal(ImportFormat.Xlsx, plan.Format);
        Assert.Empty(plan.Problems);
        await ApplyAsync(app, plan);
        var item = (await ItemsAsync(Assert.Single(plan.Rows).Slug)).Single();
        Assert.Equal((KnowledgeKinds.FactCheck, new DateOnly(2025, 3, 14), "2024", "Onwaar"), (item.Kind, item.ClaimReviewDate, item.PeriodStart, item.Verdict));
    }

    [Fact]
    public async Task TheStarterContentJsonFormatStillImports()
    {
        var id = Id();
        var json = $$"""
            [{ "slug": "seed-{{id}}", "type": "organisatie", "title": "Organisatie {{id}}", "summary": "Kort", "body": "Tekst.",
               "themes": ["polarisatie"], "lessons": ["Eén; twee"], "period": { "start": "2020", "end": null },
               "links": [{ "title": "Site", "url": "https://example.org" }], "results": [{ "label": "bereikt", "value": "10", "unit": null }],
               "source": { "title": "Bron", "url": "https://example.org/bron" }, "contact": null, "status": "published" }]
            """;
        var plan = await InDutchAsync(() => CheckAsync(app, Utf8(json), "items.json"));
        Assert.Empty(plan.Problems);
        await ApplyAsync(app, plan);
        var item = (await ItemsAsync($"seed-{id}")).Single();
        Assert.Equal(["Eén; twee"], item.Lessons); // an array entry is never split on the list separator
        Assert.Equal(("2020", "Bron"), (item.PeriodStart, item.SourceTitle));
        Assert.Equal(["Site|https://example.org"], item.Links);
        Assert.Equal(["bereikt|10|"], item.Results);
    }

    [Fact]
    public async Task BadFilesAreRefusedWithADutchMessage()
    {
        await InDutchAsync(async () =>
        {
            Assert.Contains("groter dan 10 MB", await RefusalAsync(app, new byte[ImportFileReader.MaxBytes + 1]), StringComparison.Ordinal);
            Assert.Contains("kan niet als tekst gelezen worden", await RefusalAsync(app, [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]), StringComparison.Ordinal);
            Assert.Contains("geen leesbare Excel-werkmap", await RefusalAsync(app, [.. "PK\u0003\u0004"u8, .. new byte[200]]), StringComparison.Ordinal);
            Assert.Contains("veel te groot", await RefusalAsync(app, ZipBomb()), StringComparison.Ordinal);
            Assert.Contains("wordt nergens gesloten", await RefusalAsync(app, Utf8("Type,Title\r\npraktijk,\"Open")), StringComparison.Ordinal);
            Assert.Contains("geen geldige JSON (regel 1", await RefusalAsync(app, Utf8("[{ \"type\": ")), StringComparison.Ordinal);
            Assert.Contains("De kolom ‘Type’ ontbreekt", await RefusalAsync(app, Utf8("Titel,Samenvatting\r\na,b\r\n")), StringComparison.Ordinal);
            Assert.Contains("geen ingevulde rijen", await RefusalAsync(app, Utf8("Type,Title\r\n,\r\n \r\n")), StringComparison.Ordinal);
            var many = "Type,Title,Summary\r\n" + string.Concat(Enumerable.Range(0, ImportFileReader.MaxRows + 1).Select(n => $"tool,T{n},S\r\n"));
            Assert.Contains("meer dan 5000 rijen", await RefusalAsync(app, Utf8(many)), StringComparison.Ordinal);
            return true;
        });
    }

    [Fact]
    public async Task TheTemplatesImportAsTheyAreAndExplainEveryColumn()
    {
        var curator = await app.ClientAsync(Principal.Curator);
        var csv = await curator.GetByteArrayAsync("/api/v1/knowledge/import/template/csv");
        var csvPlan = await InDutchAsync(() => CheckAsync(app, csv, "kennisbank-sjabloon.csv"));
        Assert.Equal(';', csvPlan.Delimiter);
        Assert.Empty(csvPlan.Problems);
        Assert.Empty(csvPlan.Notes);
        Assert.Equal(RowAction.New, Assert.Single(csvPlan.Rows).Action);

        var xlsx = await curator.GetByteArrayAsync("/api/v1/knowledge/import/template/xlsx");
        using var stream = new MemoryStream(xlsx);
        Assert.Equal(["Kennisbank", "Toelichting"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var help = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Toelichting").Cast<IDictionary<string, object?>>().ToList();
        var explained = help.Select(r => r["Kolom"]?.ToString()).ToHashSet();
        Assert.All(ItemColumns.All, c => Assert.Contains(c.Name, explained));
        Assert.Contains("polarisatie", explained); // the allowed theme terms are listed
        Assert.Contains("religion", explained);
        var xlsxPlan = await CheckAsync(app, xlsx, "kennisbank-sjabloon.xlsx");
        Assert.Empty(xlsxPlan.Problems);
        Assert.Single(xlsxPlan.Rows);
    }

    [Fact]
    public async Task ThePageStoresTheCheckImportsInTheBackgroundAndAPlanIsUsedOnce()
    {
        var id = Id();
        var curator = await app.ClientAsync(Principal.Curator);
        var csv = Csv(';', ["Type", "Title", "Summary", "Themes"], ["publicatie", $"Handleiding café {id}", "Een gids.", "desinformatie"], ["publicatie", "", "x", "onbekend"]);
        var html = await curator.GetStringAsync("/kennisbank/importeren");
        Assert.Contains("id=\"kennisbank-controleren\"", html, StringComparison.Ordinal);

        // The check leads to the import's own page: report and import button, nothing stored but the check.
        var checkedHtml = await PostCheckAsync(curator, $"lijst-{id}.csv", Windows1252.GetBytes(csv));
        var importId = ImportId(checkedHtml);
        var text = PageForm.Text(checkedHtml);
        Assert.Contains("Er is nog niets opgeslagen.", text, StringComparison.Ordinal);
        Assert.Contains("Gelezen als CSV in Windows-1252, gescheiden door puntkomma's.", text, StringComparison.Ordinal);
        Assert.Contains("id=\"importproblemen\"", checkedHtml, StringComparison.Ordinal);
        Assert.Contains("Onbekend thema ‘onbekend’", text, StringComparison.Ordinal);
        Assert.Empty(await ItemsAsync($"handleiding-cafe-{id}"));
        Assert.Equal(KnowledgeImportState.Checked, (await FindImportAsync(app, importId))!.State);

        // Another curator may look, but only the curator who checked it starts it.
        var admin = await app.ClientAsync(Principal.PlatformAdmin);
        var seen = await admin.GetStringAsync($"/kennisbank/importeren/{importId}");
        Assert.Contains("id=\"import-andere-redacteur\"", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"kennisbank-importeren\"", seen, StringComparison.Ordinal);

        var started = PageForm.Text(await PostImportAsync(curator, checkedHtml));
        Assert.Contains("rijen verwerkt", started, StringComparison.Ordinal);
        var job = await FinishedAsync(app, importId);
        Assert.Equal((KnowledgeImportState.Done, 1, 1, 1), (job.State, job.ProcessedRows, job.TotalRows, job.Created));
        var done = await curator.GetStringAsync($"/kennisbank/importeren/{importId}");
        var doneText = PageForm.Text(done);
        Assert.Contains("1 van 1 rijen verwerkt", doneText, StringComparison.Ordinal);
        Assert.Contains("1 nieuw, 0 bijgewerkt, 0 ongewijzigd.", doneText, StringComparison.Ordinal);
        Assert.Contains("id=\"import-voortgang\"", done, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", done, StringComparison.Ordinal); // refreshes only while it runs
        Assert.Single(await ItemsAsync($"handleiding-cafe-{id}"));

        // Posting the same check again does not import twice; the list of recent imports shows it to every curator.
        var twice = PageForm.Text(await PostImportAsync(curator, checkedHtml));
        Assert.Contains("verlopen of al geïmporteerd", twice, StringComparison.Ordinal);
        var list = await admin.GetStringAsync("/kennisbank/importeren");
        Assert.Contains($"href=\"/kennisbank/importeren/{importId}\"", list, StringComparison.Ordinal);
        Assert.Contains($"lijst-{id}.csv", list, StringComparison.Ordinal);

        var bad = PageForm.Text(await PostCheckAsync(curator, "plaatje.csv", [0x00, 0x01, 0x02, 0x03]));
        Assert.Contains("kan niet als tekst gelezen worden", bad, StringComparison.Ordinal);
        Assert.Contains("id=\"foutenoverzicht\"", bad, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await curator.GetAsync($"/kennisbank/importeren/{Guid.NewGuid()}")).StatusCode);
    }

    /// <summary>
    /// A check is a stored row, not memory: read back in a fresh scope (as after a restart) it is the same plan; it is
    /// started once even when two requests race (a conditional update), and the background import names the curator in
    /// every version and audit entry.
    /// </summary>
    [Fact]
    public async Task AStoredCheckSurvivesARestartStartsOnceAndNamesTheCurator()
    {
        var id = Id();
        var csv = Csv(',', Header,
            [$"bewaard-{id}", "praktijk", $"Bewaarde praktijk {id}", "Kort.", "polarisatie", "jongeren", "2023", "2024-06", "Verslag|https://example.org/v"],
            ["", "tool", $"Bewaard spel {id}", "Een spel.", "", "", "", "", ""]);
        var plan = await CheckAsync(app, Utf8(csv));
        var job = await KeepAsync(app, plan);

        var stored = await FindImportAsync(app, job.Id);
        var again = KnowledgeImports.PlanOf(stored!);
        Assert.Equal(plan.Rows.Select(r => (r.Row, r.Action, r.Slug, r.Title)), again.Rows.Select(r => (r.Row, r.Action, r.Slug, r.Title)));
        foreach (var (before, after) in plan.Rows.Zip(again.Rows))
        {
            Assert.Equal(before.Values.Keys.Select(k => k.Name).Order(), after.Values.Keys.Select(k => k.Name).Order());
            Assert.All(before.Values, v => Assert.True(ItemColumns.Same(v.Value, after.Values[v.Key]), $"{v.Key.Name} differs"));
        }

        var other = app.World[Principal.PlatformAdmin].Id;
        Assert.False(await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<KnowledgeImports>().StartAsync(job.Id, other)));
        var curatorId = app.World[Principal.Curator].Id;
        var starts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            KnowledgeScope.RunAsync(app, s => s.GetRequiredService<KnowledgeImports>().StartAsync(job.Id, curatorId))));
        Assert.Equal(1, starts.Count(s => s));

        var finished = await FinishedAsync(app, job.Id);
        Assert.Equal((KnowledgeImportState.Done, 2, 2, 1), (finished.State, finished.Created, finished.ProcessedRows, finished.Claims));
        var created = (await ItemsAsync($"bewaard-{id}")).Single();
        Assert.Equal(curatorId, Assert.Single(await VersionsAsync(created.Id)).ChangedById);
        var audit = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.EntityId == created.Id.ToString()).ToListAsync());
        Assert.Contains(audit, e => e.Action == "knowledge.imported" && e.UserId == curatorId);
        // The data layer's own entry for the new row names the curator as well, not "system".
        Assert.All(audit, e => Assert.Equal(curatorId, e.UserId));
    }

    /// <summary>
    /// An import whose app stopped mid-run (state running, heartbeat old) is claimed again and continues after the last
    /// saved batch; an import that cannot go on is marked failed with a Dutch message, not left running.
    /// </summary>
    [Fact]
    public async Task AnInterruptedImportResumesAfterItsLastBatchAndABrokenOneFailsClearly()
    {
        var id = Id();
        var rows = Enumerable.Range(1, 250).Select(n => new[] { "tool", $"Hervat {id} {n}", "Kort.", "polarisatie" }).ToArray();
        var plan = await CheckAsync(app, Utf8(Csv(';', [["Type", "Title", "Summary", "Themes"], .. rows])));
        var job = await KeepAsync(app, plan);
        // As left by an app that saved the first batch and then died: running, 100 rows recorded, no heartbeat since.
        await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Set<KnowledgeImport>().Where(j => j.Id == job.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.State, KnowledgeImportState.Running).SetProperty(j => j.Claims, 1)
                .SetProperty(j => j.ProcessedRows, BulkImporter.BatchSize).SetProperty(j => j.Created, BulkImporter.BatchSize)
                .SetProperty(j => j.HeartbeatAt, DateTimeOffset.UtcNow.AddMinutes(-10))));

        var finished = await FinishedAsync(app, job.Id);
        Assert.Equal((KnowledgeImportState.Done, 250, 250, 2), (finished.State, finished.ProcessedRows, finished.Created, finished.Claims));
        // Rows of the first batch were not written again (this test never saved them); the rest were.
        Assert.Empty(await ItemsAsync(plan.Rows.Take(BulkImporter.BatchSize).Select(r => r.Slug).ToArray()));
        Assert.Equal(150, (await ItemsAsync(plan.Rows.Skip(BulkImporter.BatchSize).Select(r => r.Slug).ToArray())).Count);

        var broken = await KeepAsync(app, await CheckAsync(app, Utf8(Csv(';', ["Type", "Title", "Summary"], ["tool", $"Kapot {id}", "Kort."]))));
        await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Set<KnowledgeImport>().Where(j => j.Id == broken.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.State, KnowledgeImportState.Queued).SetProperty(j => j.PlanJson, "{\"rows\": 1}")));
        var failed = await InDutchAsync(() => FinishedAsync(app, broken.Id));
        Assert.Equal(KnowledgeImportState.Failed, failed.State);
        Assert.Contains("gestopt door een fout", failed.Error, StringComparison.Ordinal);
        Assert.Contains("0 van 1 rijen", failed.Error, StringComparison.Ordinal);
    }

    /// <summary>A row that cannot be saved spoils only itself: its batch is saved row by row and that row is reported.</summary>
    [Fact]
    public async Task ARowThatFailsToSaveIsReportedAndTheOthersAreSaved()
    {
        var id = Id();
        var plan = await CheckAsync(app, Utf8(Csv(';', ["Slug", "Type", "Title", "Summary"],
            [$"een-{id}", "tool", $"Een {id}", "Kort."], [$"twee-{id}", "tool", $"Twee {id}", "Kort."], [$"drie-{id}", "tool", $"Drie {id}", "Kort."])));
        // The check never plans one slug twice; a plan edited behind its back (or a race the check cannot see) can.
        var slug = ItemColumns.All.Single(c => c.Name == "Slug");
        var clash = plan.Rows[1] with { Slug = $"een-{id}", Values = new Dictionary<ItemColumn, object?>(plan.Rows[1].Values) { [slug] = $"een-{id}" } };
        var edited = new ImportPlan
        {
            Token = "", CuratorId = plan.CuratorId, FileName = plan.FileName, Format = plan.Format, CheckedAt = plan.CheckedAt,
            Rows = [plan.Rows[0], clash, plan.Rows[2]], Problems = [], Notes = [],
        };
        var outcome = await InDutchAsync(() => ApplyAsync(app, edited));
        Assert.Equal(2, outcome.Created);
        var problem = Assert.Single(outcome.Skipped);
        Assert.Equal(3, problem.Row);
        Assert.Contains("in gebruik genomen", problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await ItemsAsync($"een-{id}", $"twee-{id}", $"drie-{id}")).Count);
        Assert.Equal($"Een {id}", (await ItemsAsync($"een-{id}")).Single().Title);
    }

    /// <summary>A thousand rows check and import completely; the times go to the test output (docs/knowledge.md quotes them).</summary>
    [Fact]
    public async Task AThousandRowsImportAndReimportUnchanged()
    {
        var id = Id();
        var rows = Enumerable.Range(1, 1000).Select(n => new[]
        {
            "praktijk", $"Bulkpraktijk {id} nummer {n}", $"Samenvatting {n} over buurtwerk.", "polarisatie; sociale-cohesie", "jongeren", "Gent; Aalst", "2024",
            $"Verslag|https://example.org/{n}",
        }).ToArray();
        var csv = Utf8(Csv(';', [["Type", "Title", "Summary", "Themes", "TargetGroups", "Municipalities", "PeriodStart", "Links"], .. rows]));

        // Wall clock and the test process's CPU time (on the shared machine the CPU seconds say more than the wall clock).
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var plan = await CheckAsync(app, csv);
        var checkTime = clock.Elapsed;
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        clock.Restart();
        var outcome = await ApplyAsync(app, plan);
        var importTime = clock.Elapsed;
        process.Refresh();
        var importCpu = process.TotalProcessorTime - cpuBefore;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{typeof(TFixture).Name}: check 1000 rows {checkTime.TotalMilliseconds:F0} ms, import {importTime.TotalMilliseconds:F0} ms wall, {importCpu.TotalMilliseconds:F0} ms CPU of the test process (batches of {BulkImporter.BatchSize})");

        Assert.Empty(plan.Problems);
        Assert.Equal((1000, 0), (outcome.Created, outcome.Updated));
        var again = await CheckAsync(app, csv);
        Assert.Equal(1000, again.Count(RowAction.Unchanged));
    }
}

public sealed class SqliteKnowledgeImportTests(SqliteAppFixture app) : KnowledgeImportTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresKnowledgeImportTests(PostgresAppFixture app) : KnowledgeImportTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
