using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Knowledge.Import;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>Curators' bulk import: all or nothing with a report; valid files create or update items; exports round-trip the slugs.</summary>
public abstract class BulkImportTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private Task<Web.Knowledge.FactChecks.ImportReport> ImportAsync(string json) =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<BulkImporter>().ImportAsync(json, app.World[Principal.Curator].Id));

    private static string Item(string slug, string type = "praktijk", string theme = "polarisatie") => $$"""
        { "slug": "{{slug}}", "type": "{{type}}", "title": "Titel {{slug}}", "summary": "Kort", "body": "Tekst over buurtbemiddeling.",
          "themes": ["{{theme}}"], "targetGroups": ["jongeren"], "provinces": ["Limburg"] }
        """;

    [Fact]
    public async Task AnInvalidFileStoresNothingAndListsEveryProblem()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var report = await ImportAsync($"[{Item($"goed-{id}")}, {Item($"Fout Slug {id}")}, {Item($"soort-{id}", type: "film")}, {Item($"thema-{id}", theme: "bestaat-niet")}]");
        Assert.Equal((0, 0), (report.Imported, report.Updated));
        Assert.Equal(4, report.Problems.Count);
        Assert.Contains("niets opgeslagen", report.Problems[0], StringComparison.Ordinal);
        Assert.Contains(report.Problems, p => p.Contains("bestaat-niet", StringComparison.Ordinal));
        Assert.Null(await KnowledgeScope.RunAsync(app, s => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            s.GetRequiredService<Web.Infrastructure.Data.AppDbContext>().Set<KnowledgeItem>(), i => i.Slug == $"goed-{id}")));

        var broken = await ImportAsync("[{ \"slug\": ");
        Assert.Contains("geen geldige JSON", Assert.Single(broken.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AValidFileCreatesAndUpdatesPublishedItems()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var first = await ImportAsync($"[{Item($"een-{id}")}, {Item($"twee-{id}", type: "tool")}]");
        Assert.Equal((2, 0), (first.Imported, first.Updated));
        var again = await ImportAsync(Item($"een-{id}"));
        Assert.Equal((0, 1), (again.Imported, again.Updated));

        var export = await (await app.ClientAsync(Principal.Official)).GetStringAsync("/api/v1/knowledge/export/json");
        Assert.Contains($"een-{id}", export, StringComparison.Ordinal);
        Assert.Contains($"twee-{id}", export, StringComparison.Ordinal);
        var xlsx = await (await app.ClientAsync(Principal.Official)).GetByteArrayAsync("/api/v1/knowledge/export/xlsx");
        Assert.Equal((byte)'P', xlsx[0]); // a zip container
    }
}

public sealed class SqliteBulkImportTests(SqliteAppFixture app) : BulkImportTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresBulkImportTests(PostgresAppFixture app) : BulkImportTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
