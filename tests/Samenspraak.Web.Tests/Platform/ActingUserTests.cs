using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Import;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Learning.RoleModels;
using Samenspraak.Web.Learning.RoleModels.Applications;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Platform.Api;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Knowledge;
using Samenspraak.Web.Tests.Monitoring;

namespace Samenspraak.Web.Tests.Platform;

/// <summary>
/// Background work acting for a person or as a named system job (<see cref="ActingUserScope"/>): the tenant filter,
/// the save guard and the audit log see the acting user inside the scope, nothing outside or after it, and a request
/// running at the same time in the same process never sees it.
/// </summary>
public abstract class ActingUserTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Guid Home => app.World.Home.Id;

    private Guid Foreign => app.World.Foreign.Id;

    /// <summary>Both municipalities have a settings row: a municipality-owned table to watch the tenant filter on.</summary>
    private async Task SeedSettingsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var existing = await db.MunicipalitySettings.IgnoreTenantFilter().Select(s => s.MunicipalityId).ToListAsync(Ct);
        foreach (var id in new[] { Home, Foreign }.Except(existing))
        {
            db.MunicipalitySettings.Add(new MunicipalitySettings { MunicipalityId = id, ContactEmail = $"{id}@test" });
        }

        await db.SaveChangesAsync(Ct);
    }

    /// <summary>What a fresh DI scope (as a job or a request handler gets) sees: the tenant and the visible settings rows.</summary>
    private async Task<(Guid? UserId, Guid? MunicipalityId, List<Guid> Visible)> SeenAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<ITenantContext>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var visible = await db.MunicipalitySettings.AsNoTracking().Select(s => s.MunicipalityId).Distinct().ToListAsync(Ct);
        return (tenant.UserId, tenant.MunicipalityId, visible);
    }

    private static void SeesNothing((Guid? UserId, Guid? MunicipalityId, List<Guid> Visible) seen)
    {
        Assert.Null(seen.UserId);
        Assert.Null(seen.MunicipalityId);
        Assert.Empty(seen.Visible);
    }

    private void SeesForeignAs(ActingUser acting, (Guid? UserId, Guid? MunicipalityId, List<Guid> Visible) seen)
    {
        Assert.Equal((acting.UserId, Foreign), (seen.UserId, seen.MunicipalityId));
        Assert.Equal([Foreign], seen.Visible);
    }

    private async Task<List<AuditEntry>> AuditAfterAsync(long afterId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Id > afterId).OrderBy(e => e.Id).ToListAsync(Ct);
    }

    private async Task<long> LastAuditIdAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.MaxAsync(e => (long?)e.Id, Ct) ?? 0;
    }

    private ActingUser ForeignAdmin()
    {
        var user = app.World[Principal.ForeignMunicipalityAdmin];
        return ActingUser.Person(user.Id, user.UserName, Foreign);
    }

    [Fact]
    public async Task InsideTheScopeTheTenantFilterSeesOnlyTheActingMunicipalityAndAfterItNothing()
    {
        await SeedSettingsAsync();
        var acting = ForeignAdmin();
        await using var outer = app.Services.CreateAsyncScope();
        var early = outer.ServiceProvider.GetRequiredService<AppDbContext>(); // created before the scope begins

        SeesNothing(await SeenAsync());
        using (ActingUserScope.Begin(acting))
        {
            SeesForeignAs(acting, await SeenAsync());
            // A context made before the scope follows it: the filter reads the tenant per query.
            Assert.Equal([Foreign], await early.MunicipalitySettings.AsNoTracking().Select(s => s.MunicipalityId).Distinct().ToListAsync(Ct));
        }

        SeesNothing(await SeenAsync());
        Assert.Empty(await early.MunicipalitySettings.AsNoTracking().ToListAsync(Ct));
        Assert.Null(ActingUserScope.Current);
    }

    [Fact]
    public async Task TheSaveGuardRefusesAnotherMunicipalitysRowsInsideTheScope()
    {
        await SeedSettingsAsync();
        using var acting = ActingUserScope.Begin(ForeignAdmin());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var home = await db.MunicipalitySettings.IgnoreTenantFilter().FirstAsync(s => s.MunicipalityId == Home, Ct);
        home.ContactEmail = "overgenomen@test";

        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task TheAuditLogAndTheDataLayerNameTheActingPerson()
    {
        await SeedSettingsAsync();
        var acting = ForeignAdmin();
        var before = await LastAuditIdAsync();
        var marker = Guid.NewGuid().ToString("N");

        using (ActingUserScope.Begin(acting))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().WriteAsync("test.acting", details: marker, ct: Ct);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.MunicipalitySettings.FirstAsync(Ct)).ContactEmail = $"{marker}@test";
            await db.SaveChangesAsync(Ct);
        }

        var entries = await AuditAfterAsync(before);
        var explicitEntry = Assert.Single(entries, e => e.Action == "test.acting" && e.Details == marker);
        var saved = Assert.Single(entries, e => e.Action == AuditActions.EntityModified && e.EntityType == nameof(MunicipalitySettings) && e.UserId == acting.UserId);
        foreach (var entry in new[] { explicitEntry, saved })
        {
            Assert.Equal((acting.UserId, acting.UserName, Foreign), (entry.UserId, entry.UserName, entry.MunicipalityId));
            Assert.Null(entry.IpHash); // no request, no client address
        }
    }

    [Fact]
    public async Task ASystemJobIsAuditedUnderItsNameAndShownAsSystem()
    {
        var job = "test.job-" + Guid.NewGuid().ToString("N")[..8];
        var before = await LastAuditIdAsync();
        using (ActingUserScope.Begin(ActingUser.System(job)))
        {
            SeesNothing(await SeenAsync()); // system work sees no municipality's rows unless it lifts the filter
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().WriteAsync("test.system", ct: Ct);
        }

        var entry = Assert.Single(await AuditAfterAsync(before), e => e.Action == "test.system");
        Assert.Equal((null, "system:" + job, null), (entry.UserId, entry.UserName, entry.MunicipalityId));

        var admin = await app.ClientAsync(Principal.PlatformAdmin);
        var page = await admin.GetStringAsync($"/beheer/audit?gebruiker={job}", Ct);
        Assert.Contains($"Systeem ({job})", page, StringComparison.Ordinal);
    }

    /// <summary>A real hosted job (the daily purge of unscreened role-model applications) audits under its job name.</summary>
    [Fact]
    public async Task AHostedJobIsAuditedAsTheSystemUnderItsName()
    {
        var stale = new RoleModel
        {
            MunicipalityId = Home, Name = "Oude aanmelding", Email = "oud@example.org", Screening = ScreeningStatus.Aangemeld,
            AppliedAt = DateTimeOffset.UtcNow.AddDays(-200), ConsentAt = DateTimeOffset.UtcNow.AddDays(-200),
        };
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(stale);
            await db.SaveChangesAsync(Ct);
        }

        var before = await LastAuditIdAsync();
        using var worker = new ApplicationPurgeWorker(app.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<ApplicationPurgeWorker>.Instance);
        await worker.StartAsync(Ct); // the first round runs at once, then once a day
        AuditEntry? entry = null;
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (entry is null && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(100, Ct);
            entry = (await AuditAfterAsync(before)).FirstOrDefault(e => e.Action == "learning.rolemodel-applications-purged");
        }

        await worker.StopAsync(Ct);
        Assert.NotNull(entry);
        Assert.Equal((null, "system:learning.rolemodel-application-purge", null), (entry.UserId, entry.UserName, entry.MunicipalityId));
        Assert.Null(ActingUserScope.Current); // the job's scope stayed in the job

        var admin = await app.ClientAsync(Principal.PlatformAdmin);
        var page = await admin.GetStringAsync("/beheer/audit?gebruiker=system:learning", Ct);
        Assert.Contains("Systeem (opruimen aanmeldingen rolmodellen)", page, StringComparison.Ordinal);
    }

    /// <summary>
    /// The job (flow A) acts for a foreign admin and holds its scope open while a second flow in the same process (B)
    /// opens its own DI scope and sends a real request as home staff: neither sees the acting user, and A still does.
    /// A request that A itself sends while acting does not inherit it either.
    /// </summary>
    [Fact]
    public async Task AConcurrentFlowAndARequestDoNotSeeTheActingUser()
    {
        await SeedSettingsAsync();
        var acting = ForeignAdmin();
        var staff = app.World[Principal.Staff];
        var client = await app.ClientAsync(Principal.Staff);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task<MeResponse?> MeAsync() => await client.GetFromJsonAsync<MeResponse>("/api/v1/me", Ct);

        var job = Task.Run(async () =>
        {
            using var scope = ActingUserScope.Begin(acting);
            started.SetResult();
            await release.Task.WaitAsync(TimeSpan.FromMinutes(2), Ct);
            var stillActing = await SeenAsync();
            var requestFromTheJob = await MeAsync();
            return (stillActing, requestFromTheJob);
        }, Ct);

        var request = Task.Run(async () =>
        {
            await started.Task.WaitAsync(TimeSpan.FromMinutes(2), Ct);
            try
            {
                return (await SeenAsync(), await MeAsync());
            }
            finally
            {
                release.SetResult();
            }
        }, Ct);

        var (other, me) = await request;
        var (inJob, meFromJob) = await job;

        SeesNothing(other);
        Assert.Equal((staff.Id, Home), (me!.Id, me.MunicipalityId));
        SeesForeignAs(acting, inJob);
        Assert.Equal(staff.Id, meFromJob!.Id);
        Assert.Null(ActingUserScope.Current);
    }

    [Fact]
    public async Task ScopesNestAndAnAsyncHelperCannotLeakItsScopeToItsCaller()
    {
        var outer = ActingUser.System("test.outer");
        using (ActingUserScope.Begin(outer))
        {
            using (ActingUserScope.Begin(ForeignAdmin()))
            {
                Assert.Equal(ForeignAdmin(), ActingUserScope.Current);
            }

            Assert.Same(outer, ActingUserScope.Current);
        }

        Assert.Null(ActingUserScope.Current);

        // Begun inside an async method and never disposed: the value stays in that method's flow.
        await LeakyHelperAsync();
        Assert.Null(ActingUserScope.Current);
    }

    private static async Task LeakyHelperAsync()
    {
        await Task.Yield();
        _ = ActingUserScope.Begin(ActingUser.System("test.leak"));
    }

    /// <summary>The curator's bulk import runs in the background; every entry about the new item names the curator.</summary>
    [Fact]
    public async Task TheKnowledgeImportIsAuditedAsItsCurator()
    {
        var curator = app.World[Principal.Curator];
        var title = "Namens de curator " + Guid.NewGuid().ToString("N")[..8];
        var plan = await ImportFiles.CheckAsync(app, ImportFiles.Utf8(ImportFiles.Csv(',', ["Type", "Title", "Summary"], ["tool", title, "Kort."])));
        var job = await ImportFiles.KeepAsync(app, plan);
        Assert.True(await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<KnowledgeImports>().StartAsync(job.Id, curator.Id, Ct)));

        Assert.Equal(KnowledgeImportState.Done, (await ImportFiles.FinishedAsync(app, job.Id)).State);
        var item = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().Set<KnowledgeItem>().AsNoTracking().SingleAsync(i => i.Title == title, Ct));
        var entries = await KnowledgeScope.RunAsync(app, s => s.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.EntityId == item.Id.ToString()).ToListAsync(Ct));

        Assert.Contains(entries, e => e.Action == AuditActions.EntityAdded); // the data layer's own entry, not only the module's
        Assert.Contains(entries, e => e.Action == "knowledge.imported");
        Assert.All(entries, e => Assert.Equal((curator.Id, curator.UserName, curator.MunicipalityId), (e.UserId, e.UserName, e.MunicipalityId)));
        Assert.Null(ActingUserScope.Current);
    }

    /// <summary>
    /// A file upload is imported by the work-queue worker; the rows it saves (the job's progress, the skipped-row
    /// report) are audited as the staff member who uploaded, in the job's municipality, not as the system.
    /// </summary>
    [Fact]
    public async Task TheMonitoringFileImportIsAuditedAsTheUploader()
    {
        var staff = app.World[Principal.Staff];
        var channel = await MonitoringTestData.ChannelAsync(app.Services, Home, "Namens " + Guid.NewGuid().ToString("N")[..6]);
        var client = await app.ClientAsync(Principal.Staff);
        var csv = "tekst;auteur\r\nEen gewoon bericht;Jan\r\n;Mia\r\n";

        var before = await LastAuditIdAsync();
        var (importPath, error) = await UploadForm.UploadAsync(client, channel.Id, "namens.csv", Encoding.UTF8.GetBytes(csv));
        Assert.True(importPath is not null, error);
        await UploadForm.StartAsync(client, importPath, new Dictionary<string, string> { ["Text"] = "tekst", ["Author"] = "auteur" });
        await UploadForm.FinishedAsync(client, importPath);

        var jobId = Guid.Parse(importPath.Split('/').Last()).ToString();
        var entries = await AuditAfterAsync(before);
        var job = entries.Where(e => e.EntityType == nameof(ImportJob) && e.EntityId == jobId).ToList();
        var issues = entries.Where(e => e.EntityType == nameof(ImportRowIssue)).ToList();

        // Written only by the background runner: the job's start and end, and the skipped row's report line.
        Assert.Contains(job, e => e.Action == AuditActions.EntityModified && e.Details!.Contains("StartedAt", StringComparison.Ordinal));
        Assert.Contains(job, e => e.Action == AuditActions.EntityModified && e.Details!.Contains("FinishedAt", StringComparison.Ordinal));
        Assert.Single(issues);
        Assert.All(job.Concat(issues), e => Assert.Equal((staff.Id, staff.UserName, Home), (e.UserId, e.UserName, e.MunicipalityId)));
    }
}

public sealed class SqliteActingUserTests(SqliteAppFixture fixture) : ActingUserTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresActingUserTests(PostgresAppFixture fixture) : ActingUserTests<PostgresAppFixture>(fixture), IClassFixture<PostgresAppFixture>;
