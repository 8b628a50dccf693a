using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.FactChecks;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>ClaimReview import (single, array, @graph, malformed) and the fact-check library snapshot.</summary>
public abstract class FactCheckTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static string Review(string claim, string url, string verdict = "Onwaar", string date = "2025-03-14") => $$"""
        { "@context": "https://schema.org", "@type": "ClaimReview", "url": "{{url}}", "claimReviewed": "{{claim}}",
          "datePublished": "{{date}}", "inLanguage": "nl", "author": { "@type": "Organization", "name": "Testfactchecker" },
          "reviewRating": { "@type": "Rating", "ratingValue": 1, "alternateName": "{{verdict}}" } }
        """;

    private Task<ImportReport> ImportAsync(string json) =>
        KnowledgeScope.RunAsync(app, s => s.GetRequiredService<ClaimReviewImporter>().ImportAsync(json, app.World[Principal.Curator].Id));

    private Task<FactCheckSnapshot> SnapshotAsync() => KnowledgeScope.RunAsync(app, s => s.GetRequiredService<IFactCheckLibrary>().GetSnapshotAsync());

    [Fact]
    public async Task SingleArrayAndGraphFormsAreImportedAndReachTheLibrary()
    {
        var id = Guid.NewGuid().ToString("N");
        var before = await SnapshotAsync();
        var single = await ImportAsync(Review($"De gemeente verbiedt kerstmarkten {id}", $"https://factcheck.example/{id}/1"));
        var array = await ImportAsync($"[{Review($"Windmolens maken koeien ziek {id}", $"https://factcheck.example/{id}/2")}]");
        var graph = await ImportAsync($$"""{ "@context": "https://schema.org", "@graph": [ {{Review($"Het stadhuis wordt verkocht {id}", $"https://factcheck.example/{id}/3")}}, { "@type": "WebPage", "name": "x" } ] }""");

        Assert.Equal((1, 0), (single.Imported, single.Problems.Count));
        Assert.Equal(1, array.Imported);
        Assert.Equal(1, graph.Imported);
        Assert.Contains("geen ClaimReview", Assert.Single(graph.Problems), StringComparison.Ordinal);

        var after = await SnapshotAsync();
        Assert.NotEqual(before.Version, after.Version);
        var claim = Assert.Single(after.Claims, c => c.Statement == $"De gemeente verbiedt kerstmarkten {id}");
        Assert.Equal(("Onwaar", "Testfactchecker", new DateOnly(2025, 3, 14)), (claim.Verdict, claim.Source, claim.Date!.Value));
        Assert.Equal($"https://factcheck.example/{id}/1", claim.Url);

        // The same review URL updates the fact-check (and changes the version again); unchanged data keeps it.
        Assert.Equal(after.Version, (await SnapshotAsync()).Version);
        var update = await ImportAsync(Review($"De gemeente verbiedt kerstmarkten {id}", $"https://factcheck.example/{id}/1", verdict: "Misleidend"));
        Assert.Equal((0, 1), (update.Imported, update.Updated));
        var updated = await SnapshotAsync();
        Assert.NotEqual(after.Version, updated.Version);
        Assert.Equal("Misleidend", updated.Claims.Single(c => c.Url == $"https://factcheck.example/{id}/1").Verdict);
    }

    [Fact]
    public async Task MalformedFilesGetAClearDutchReportAndStoreNothing()
    {
        var before = await SnapshotAsync();
        var broken = await ImportAsync("{ \"@type\": \"ClaimReview\", \"url\": ");
        Assert.True(broken.Failed);
        Assert.Contains("geen geldige JSON", Assert.Single(broken.Problems), StringComparison.Ordinal);

        var empty = await ImportAsync("[]");
        Assert.Contains("geen ClaimReview-items", Assert.Single(empty.Problems), StringComparison.Ordinal);

        var id = Guid.NewGuid().ToString("N");
        var mixed = await ImportAsync($$"""
            [ { "@type": "ClaimReview", "url": "https://factcheck.example/{{id}}/a" },
              {{Review("Onleesbare datum", $"https://factcheck.example/{id}/b", date: "gisteren")}},
              {{Review("Geen webadres", "javascript:alert(1)")}} ]
            """);
        Assert.True(mixed.Failed);
        Assert.Equal(3, mixed.Problems.Count);
        Assert.Contains("claimReviewed", mixed.Problems[0], StringComparison.Ordinal);
        Assert.Contains("onleesbare datum", mixed.Problems[1], StringComparison.Ordinal);
        Assert.Contains("webadres", mixed.Problems[2], StringComparison.Ordinal);
        Assert.Equal(before.Version, (await SnapshotAsync()).Version);
    }

    [Fact]
    public async Task TheImportPageAndApiReportToTheCurator()
    {
        var curator = await app.ClientAsync(Principal.Curator);
        var response = await curator.PostAsync("/api/v1/knowledge/factchecks/import", new StringContent("niet eens json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("geen geldige JSON", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var id = Guid.NewGuid().ToString("N");
        var ok = await curator.PostAsync("/api/v1/knowledge/factchecks/import", new StringContent(Review($"API-bewering {id}", $"https://factcheck.example/{id}")));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var list = Pages.PageForm.Text(await Pages.PageForm.HtmlAsync(app.Factory.CreateBrowserClient(), "/factchecks"));
        Assert.Contains($"API-bewering {id}", list, StringComparison.Ordinal);
    }
}

public sealed class SqliteFactCheckTests(SqliteAppFixture app) : FactCheckTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresFactCheckTests(PostgresAppFixture app) : FactCheckTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
