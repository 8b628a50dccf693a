using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Courses;
using Samenspraak.Web.Learning.RoleModels;
using Samenspraak.Web.Learning.RoleModels.Applications;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>
/// Personal data in the Learning module: the public role-model application (consent, confirmation mail, screening
/// list, purge of unscreened applications), the staff's export and anonymisation of a role model, and a learner's
/// own course data download and deletion.
/// </summary>
public abstract class LearningPrivacyTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, AppDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static RoleModel RoleModelOf(Guid municipalityId, ScreeningStatus screening, DateTimeOffset appliedAt) => new()
    {
        Id = Guid.NewGuid(), MunicipalityId = municipalityId, Name = $"Kandidaat {Guid.NewGuid():N}", Email = "kandidaat@test.samenspraak.local",
        Motivation = "Ik wil helpen.", ConsentGiven = true, ConsentAt = appliedAt, AppliedAt = appliedAt, Screening = screening,
    };

    [Fact]
    public async Task ACandidateAppliesWithoutAnAccountAndLandsInTheScreeningListWithAConfirmationMail()
    {
        var browser = app.Factory.CreateBrowserClient();
        var email = $"kandidaat-{Guid.NewGuid():N}@test.samenspraak.local";
        var name = $"Sara {Guid.NewGuid():N}";
        List<KeyValuePair<string, string>> form =
        [
            new("Input.Name", name),
            new("Input.Email", email),
            new("Input.MunicipalityId", app.World.Home.Id.ToString()),
            new("Input.Motivation", "Ik organiseer al gesprekken tussen jongeren."),
        ];

        var withoutConsent = await PageForm.SubmitAsync(browser, "/rolmodel-worden", "kandidatuur", form);
        var refusedPage = PageForm.Text(await withoutConsent.Content.ReadAsStringAsync());
        Assert.Contains("Zonder je toestemming kunnen we je kandidatuur niet bewaren.", refusedPage, StringComparison.Ordinal);
        // Nothing typed is lost.
        Assert.Contains(name, refusedPage, StringComparison.Ordinal);

        var accepted = await PageForm.SubmitAsync(browser, "/rolmodel-worden", "kandidatuur", [.. form, new("Input.Consent", "true")]);

        Assert.Contains("id=\"kandidatuur-ontvangen\"", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await InScopeAsync((_, db) => db.Set<RoleModel>().IgnoreTenantFilter().AsNoTracking().SingleAsync(r => r.Email == email));
        Assert.Equal((name, app.World.Home.Id, ScreeningStatus.Aangemeld, true), (stored.Name, stored.MunicipalityId, stored.Screening, stored.ConsentGiven));
        var mail = Directory.GetFiles(app.Factory.MailFolder, "*.eml").Select(File.ReadAllText).Single(m => m.Contains(email, StringComparison.Ordinal));
        Assert.Contains("90 dagen", MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail))).TextBody, StringComparison.Ordinal);
        // The home municipality's staff screen it; the other municipality does not see it.
        Assert.Contains(name, PageForm.Text(await PageForm.HtmlAsync(await app.ClientAsync(Principal.Staff), "/rolmodellen")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync(Principal.ForeignMunicipalityAdmin)).GetAsync($"/rolmodellen/{stored.Id}")).StatusCode);
    }

    [Fact]
    public void TheApplicationLimitCountsPerAddress()
    {
        using var throttle = new ApplicationThrottle(Options.Create(new RoleModelApplicationOptions { ApplicationsPerHour = 2 }));
        HttpContext From(string ip) => new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse(ip) } };

        Assert.True(throttle.TryAcquire(From("192.0.2.1")));
        Assert.True(throttle.TryAcquire(From("192.0.2.1")));
        Assert.False(throttle.TryAcquire(From("192.0.2.1")));
        Assert.True(throttle.TryAcquire(From("192.0.2.2")));
    }

    [Fact]
    public async Task OnlyApplicationsNeverScreenedWithinTheRetentionPeriodArePurgedInEveryMunicipality()
    {
        var old = DateTimeOffset.UtcNow.AddDays(-91);
        var staleHome = RoleModelOf(app.World.Home.Id, ScreeningStatus.Aangemeld, old);
        var staleForeign = RoleModelOf(app.World.Foreign.Id, ScreeningStatus.Aangemeld, old);
        var screened = RoleModelOf(app.World.Home.Id, ScreeningStatus.InScreening, old);
        var recent = RoleModelOf(app.World.Home.Id, ScreeningStatus.Aangemeld, DateTimeOffset.UtcNow.AddDays(-10));
        await InScopeAsync(async (_, db) =>
        {
            db.AddRange(staleHome, staleForeign, screened, recent);
            return await db.SaveChangesAsync();
        });

        // As the background worker runs it: a scope without a user or municipality.
        var removed = await InScopeAsync((s, _) => s.GetRequiredService<RoleModelApplications>().PurgeUnscreenedAsync(CancellationToken.None));

        var left = await InScopeAsync((_, db) => db.Set<RoleModel>().IgnoreTenantFilter().AsNoTracking()
            .Where(r => r.Id == staleHome.Id || r.Id == staleForeign.Id || r.Id == screened.Id || r.Id == recent.Id).Select(r => r.Id).ToListAsync());
        Assert.True(removed >= 2);
        Assert.Equal(new[] { screened.Id, recent.Id }.Order(), left.Order());
    }

    [Fact]
    public async Task StaffExportARoleModelsDataAndAnonymiseItWhileTheActivitiesKeepCounting()
    {
        var roleModel = RoleModelOf(app.World.Home.Id, ScreeningStatus.Goedgekeurd, DateTimeOffset.UtcNow.AddDays(-30));
        roleModel.CoachId = app.World[Principal.Staff].Id;
        var activity = new RoleModelActivity
        {
            Id = Guid.NewGuid(), MunicipalityId = roleModel.MunicipalityId, RoleModelId = roleModel.Id, ActivityType = "Getuigenis",
            Date = DateOnly.FromDateTime(DateTime.UtcNow), Place = "Bibliotheek", Organisation = "Jeugddienst", ParticipantsReached = 35,
        };
        var session = new CoachingSession
        {
            Id = Guid.NewGuid(), MunicipalityId = roleModel.MunicipalityId, RoleModelId = roleModel.Id, CoachId = app.World[Principal.Staff].Id,
            Date = DateOnly.FromDateTime(DateTime.UtcNow), Notes = "Vertrouwelijke notitie",
        };
        await InScopeAsync(async (_, db) =>
        {
            db.AddRange(roleModel, activity, session);
            return await db.SaveChangesAsync();
        });
        var staff = await app.ClientAsync(Principal.Staff);

        var export = await staff.GetAsync($"/rolmodellen/{roleModel.Id}/gegevens.json");
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        var json = await export.Content.ReadAsStringAsync();
        Assert.Contains(roleModel.Name, json, StringComparison.Ordinal);
        Assert.Contains("Bibliotheek", json, StringComparison.Ordinal);
        Assert.Contains("Vertrouwelijke notitie", json, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync(Principal.ForeignMunicipalityAdmin)).GetAsync($"/rolmodellen/{roleModel.Id}/gegevens.json")).StatusCode);

        var unconfirmed = await PageForm.SubmitAsync(staff, $"/rolmodellen/{roleModel.Id}", "anonimiseren", []);
        Assert.Contains("Vink aan dat je de persoonsgegevens definitief wilt wissen.", PageForm.Text(await unconfirmed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var done = await PageForm.SubmitAsync(staff, $"/rolmodellen/{roleModel.Id}", "anonimiseren", [new("ConfirmAnonymise", "ja")]);
        Assert.Contains("De persoonsgegevens zijn gewist", PageForm.Text(await PageForm.FollowAsync(staff, done)), StringComparison.Ordinal);

        var (stored, activities, sessions, audited) = await InScopeAsync(async (_, db) => (
            await db.Set<RoleModel>().IgnoreTenantFilter().AsNoTracking().SingleAsync(r => r.Id == roleModel.Id),
            await db.Set<RoleModelActivity>().IgnoreTenantFilter().AsNoTracking().Where(a => a.RoleModelId == roleModel.Id).ToListAsync(),
            await db.Set<CoachingSession>().IgnoreTenantFilter().AsNoTracking().CountAsync(s => s.RoleModelId == roleModel.Id),
            await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == roleModel.Id.ToString()).Select(a => a.Action).ToListAsync()));
        Assert.Equal(("Geanonimiseerd rolmodel", "", "", false, false), (stored.Name, stored.Email, stored.Motivation, stored.ConsentGiven, stored.IsActive));
        Assert.Equal(0, sessions);
        Assert.Equal(35, Assert.Single(activities).ParticipantsReached);
        Assert.Contains("learning.rolemodel-exported", audited);
        Assert.Contains("learning.rolemodel-anonymised", audited);
    }

    [Fact]
    public async Task ALearnerDownloadsAndDeletesTheirOwnCourseDataAndNobodyElses()
    {
        var staffUser = app.World[Principal.Staff];
        var code = await InScopeAsync(async (s, db) =>
        {
            var course = await db.Set<Course>().SingleAsync(c => c.Slug == LearningWorldSeeder.PublicCourse && c.IsCurrent);
            var quiz = s.GetRequiredService<QuizService>();
            var (attempt, _) = await quiz.StartOrResumeAsync(staffUser.Id, course, CancellationToken.None);
            var (_, certificate) = await quiz.SubmitAsync(attempt!, course, LearningData.CorrectAnswers(attempt!, course),
                new CertificateHolder(staffUser.DisplayName, staffUser.MunicipalityId, IsProfessional: true), CancellationToken.None);
            return certificate!.Code;
        });
        var staff = await app.ClientAsync(Principal.Staff);

        var json = await (await staff.GetAsync("/leren/mijn-gegevens.json")).Content.ReadAsStringAsync();
        Assert.Contains(code, json, StringComparison.Ordinal);
        // The citizen's certificate (from the test world) is not in the staff member's export.
        Assert.DoesNotContain(app.World.Resource("learning.citizen-certificate"), json, StringComparison.Ordinal);
        Assert.Contains("1 certificaten", PageForm.Text(await PageForm.HtmlAsync(staff, "/leren/mijn-gegevens")), StringComparison.Ordinal);

        var unconfirmed = await PageForm.SubmitAsync(staff, "/leren/mijn-gegevens", "mijn-gegevens-wissen", []);
        Assert.Contains("Vink aan dat je je leergegevens definitief wilt wissen.", PageForm.Text(await unconfirmed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var deleted = await PageForm.SubmitAsync(staff, "/leren/mijn-gegevens", "mijn-gegevens-wissen", [new("ConfirmDelete", "ja")]);

        var page = PageForm.Text(await PageForm.FollowAsync(staff, deleted));
        Assert.Contains("Je leergegevens zijn gewist.", page, StringComparison.Ordinal);
        Assert.Contains("0 certificaten", page, StringComparison.Ordinal);
        var (mine, attempts, citizens) = await InScopeAsync(async (_, db) => (
            await db.Set<Certificate>().CountAsync(c => c.UserId == staffUser.Id),
            await db.Set<QuizAttempt>().CountAsync(a => a.UserId == staffUser.Id),
            await db.Set<Certificate>().CountAsync(c => c.Code == app.World.Resource("learning.citizen-certificate"))));
        Assert.Equal((0, 0, 1), (mine, attempts, citizens));
    }
}

public sealed class SqliteLearningPrivacyTests(SqliteAppFixture app) : LearningPrivacyTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresLearningPrivacyTests(PostgresAppFixture app) : LearningPrivacyTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
