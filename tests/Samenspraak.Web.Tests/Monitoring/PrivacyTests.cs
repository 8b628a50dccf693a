using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Privacy;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Monitoring;

/// <summary>Retention purge and the GDPR export/delete of one author pseudonym, on both providers.</summary>
public abstract class PrivacyTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task PurgeEmptiesOnlyTextOlderThanEachMunicipalitysRetentionAndKeepsTheScores()
    {
        var home = await MonitoringTestData.ChannelAsync(app.Services, app.World.Home.Id, "Bewaar " + Guid.NewGuid().ToString("N")[..6], storeRawHandles: true);
        var foreign = await MonitoringTestData.ChannelAsync(app.Services, app.World.Foreign.Id, "Bewaar " + Guid.NewGuid().ToString("N")[..6]);
        await MonitoringTestData.IngestAsync(app.Services, home,
            new IncomingMessage("oud", "Die vluchtelingen zijn ratten, weg ermee!", "@oud", Now.AddDays(-100), "https://voorbeeld.be/1", null),
            new IncomingMessage("nieuw", "Fijne markt vandaag op het plein.", "@nieuw", Now.AddDays(-10), null, null));
        await MonitoringTestData.IngestAsync(app.Services, foreign,
            new IncomingMessage("oud", "Fijne markt vandaag op het plein.", "@oud", Now.AddDays(-100), null, null));
        await MonitoringTestData.AnalysedAsync(app.Services, home.Id, 2);
        await MonitoringTestData.AnalysedAsync(app.Services, foreign.Id, 1);

        // Home keeps text 60 days; Foreign keeps its own setting (180 days unless its row says otherwise).
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var settings = await db.Set<MunicipalitySettings>().IgnoreTenantFilter().FirstOrDefaultAsync(s => s.MunicipalityId == app.World.Home.Id);
            if (settings is null)
            {
                settings = new MunicipalitySettings { Id = Guid.NewGuid(), MunicipalityId = app.World.Home.Id, UpdatedAt = Now };
                db.Add(settings);
            }

            settings.MessageRetentionDays = 60;
            await db.SaveChangesAsync();
        }

        // The daily job of the running app may purge at the same moment; the result must be the same either way.
        int again;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionPurger>().PurgeAsync();
            again = await scope.ServiceProvider.GetRequiredService<RetentionPurger>().PurgeAsync();
        }

        Assert.Equal(0, again);
        var homeMessages = await MonitoringTestData.MessagesAsync(app.Services, home.Id);
        var old = homeMessages.Single(m => m.ExternalId == "oud");
        Assert.Equal("", old.Text);
        Assert.NotNull(old.PurgedAt);
        Assert.Null(old.RawHandle);
        Assert.Null(old.Url);
        Assert.Null(old.EvidenceJson);
        // Aggregates stay: the analysis columns and the pseudonym-free counts over old periods.
        Assert.True(old.Harmful);
        Assert.Equal(AnalysisState.Analysed, old.AnalysisState);
        Assert.True(old.MaxScore > 0);
        var recent = homeMessages.Single(m => m.ExternalId == "nieuw");
        Assert.Equal("Fijne markt vandaag op het plein.", recent.Text);
        Assert.Null(recent.PurgedAt);
        var foreignOld = Assert.Single(await MonitoringTestData.MessagesAsync(app.Services, foreign.Id));
        var foreignRetention = await ForeignRetentionAsync();
        Assert.Equal(foreignRetention < 100, foreignOld.PurgedAt is not null);

        await using var check = app.Services.CreateAsyncScope();
        var audit = check.ServiceProvider.GetRequiredService<AppDbContext>().Set<AuditEntry>().IgnoreQueryFilters();
        Assert.True(await audit.AnyAsync(a => a.Action == MonitoringAuditActions.RetentionPurged && a.MunicipalityId == app.World.Home.Id));
    }

    private async Task<int> ForeignRetentionAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.Set<MunicipalitySettings>().IgnoreTenantFilter().FirstOrDefaultAsync(s => s.MunicipalityId == app.World.Foreign.Id);
        return row?.MessageRetentionDays ?? MunicipalitySettings.DefaultRetentionDays;
    }

    [Fact]
    public async Task TheGemeentebeheerderExportsAndDeletesOneAuthorsMessagesOfTheOwnMunicipalityOnly()
    {
        var channel = await MonitoringTestData.ChannelAsync(app.Services, app.World.Home.Id, "Auteur " + Guid.NewGuid().ToString("N")[..6]);
        var author = "@verzoeker-" + Guid.NewGuid().ToString("N")[..6];
        await MonitoringTestData.IngestAsync(app.Services, channel,
            new IncomingMessage("a1", "Eerste bericht van de verzoeker.", author, Now.AddDays(-2), null, null),
            new IncomingMessage("a2", "Tweede bericht van de verzoeker.", author, Now.AddDays(-1), null, null),
            new IncomingMessage("b1", "Bericht van iemand anders.", "@ander", Now.AddDays(-1), null, null));
        var stored = await MonitoringTestData.MessagesAsync(app.Services, channel.Id);
        var pseudonym = stored.Single(m => m.ExternalId == "a1").AuthorPseudonym!;
        var url = $"/api/v1/authors/{pseudonym}/messages";

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync(Principal.Staff)).GetAsync(url)).StatusCode);
        var foreign = await app.ClientAsync(Principal.ForeignMunicipalityAdmin);
        var foreignExport = JsonDocument.Parse(await (await foreign.GetAsync(url)).Content.ReadAsStringAsync()).RootElement;
        Assert.Empty(foreignExport.GetProperty("messages").EnumerateArray());
        var foreignDelete = JsonDocument.Parse(await (await foreign.DeleteAsync(url)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(0, foreignDelete.GetProperty("deleted").GetInt32());

        var admin = await app.ClientAsync(Principal.MunicipalityAdmin);
        var export = await admin.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var exported = JsonDocument.Parse(await export.Content.ReadAsStringAsync()).RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => m.GetProperty("text").GetString()).ToList();
        Assert.Equal(["Eerste bericht van de verzoeker.", "Tweede bericht van de verzoeker."], exported);

        var delete = await admin.DeleteAsync(url);
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Equal(2, JsonDocument.Parse(await delete.Content.ReadAsStringAsync()).RootElement.GetProperty("deleted").GetInt32());
        Assert.Equal(["b1"], (await MonitoringTestData.MessagesAsync(app.Services, channel.Id)).Select(m => m.ExternalId));

        await using var scope = app.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AuditEntry>().IgnoreQueryFilters();
        var adminId = app.World[Principal.MunicipalityAdmin].Id;
        Assert.True(await audit.AnyAsync(a => a.Action == MonitoringAuditActions.AuthorExported && a.EntityId == pseudonym && a.UserId == adminId));
        Assert.True(await audit.AnyAsync(a => a.Action == MonitoringAuditActions.AuthorDeleted && a.EntityId == pseudonym && a.UserId == adminId
            && a.Details == "2 berichten"));
    }
}

public sealed class SqlitePrivacyTests(SqliteAppFixture app) : PrivacyTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresPrivacyTests(PostgresAppFixture app) : PrivacyTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
