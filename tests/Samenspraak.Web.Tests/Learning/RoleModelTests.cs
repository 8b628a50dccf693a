using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Courses;
using Samenspraak.Web.Learning.Indicators;
using Samenspraak.Web.Learning.RoleModels;
using Samenspraak.Web.Platform.Indicators;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>The role-model programme's figures and indicators per municipality, and the coach-only notes.</summary>
public abstract class RoleModelTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private async Task<Municipality> NewMunicipalityAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var code = Random.Shared.Next(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var m = new Municipality { Name = $"Cijfergem {Guid.NewGuid():N}", NisCode = code, Province = Province.Antwerpen, Population = 1000, CreatedAt = DateTimeOffset.UtcNow };
        db.Municipalities.Add(m);
        await db.SaveChangesAsync();
        return m;
    }

    private static RoleModel RoleModel(Guid municipalityId, ScreeningStatus screening, bool active = true) => new()
    {
        Id = Guid.NewGuid(), MunicipalityId = municipalityId, Name = "Rolmodel", Email = "r@test.samenspraak.local", Motivation = "m",
        ConsentGiven = true, ConsentAt = DateTimeOffset.UtcNow, AppliedAt = DateTimeOffset.UtcNow, Screening = screening, IsActive = active,
    };

    private static RoleModelActivity Activity(RoleModel r, DateOnly date, int reached) => new()
    {
        Id = Guid.NewGuid(), MunicipalityId = r.MunicipalityId, RoleModelId = r.Id, ActivityType = "Getuigenis in de klas", Date = date,
        Place = "School", Organisation = "Atheneum", ParticipantsReached = reached,
    };

    private static Certificate Certificate(Guid municipalityId, Guid userId, Guid courseId, DateTimeOffset issued, bool professional) => new()
    {
        Id = Guid.NewGuid(), Code = CertificateCode.New(), UserId = userId, CourseId = courseId, MunicipalityId = municipalityId,
        IsProfessional = professional, HolderName = "H", CourseTitle = "C", CourseVersion = 1, Score = 1, IssuedAt = issued,
    };

    [Fact]
    public async Task TrainingComesFromCertificatesAndAttendanceAndCountsInTheFigures()
    {
        var mine = await NewMunicipalityAsync();
        var withCertificate = RoleModel(mine.Id, ScreeningStatus.Goedgekeurd);
        withCertificate.Email = TestWorld.EmailOf(Principal.Citizen).ToUpperInvariant(); // matched case-insensitively
        var attended = RoleModel(mine.Id, ScreeningStatus.Goedgekeurd);
        attended.Email = TestWorld.EmailOf(Principal.Partner);
        var onlyRegistered = RoleModel(mine.Id, ScreeningStatus.Goedgekeurd);
        onlyRegistered.Email = TestWorld.EmailOf(Principal.Official);
        var recordedByStaff = RoleModel(mine.Id, ScreeningStatus.Goedgekeurd);
        recordedByStaff.Training = TrainingStatus.Afgerond; // no account: staff record the training themselves
        var notStarted = RoleModel(mine.Id, ScreeningStatus.Goedgekeurd);
        var title = $"Vorming rolmodellen {Guid.NewGuid():N}";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // One certificate per person and course: take a course the citizen has not passed yet in the test world.
            var citizen = app.World[Principal.Citizen].Id;
            var passed = db.Set<Certificate>().Where(c => c.UserId == citizen).Select(c => c.CourseId).ToList();
            var courseId = db.Set<Course>().Where(c => !passed.Contains(c.Id)).OrderBy(c => c.Slug).First().Id;
            db.AddRange(withCertificate, attended, onlyRegistered, recordedByStaff, notStarted);
            // This municipality counts that course and webinars (the defaults would be polarisatie-basis and trainings).
            var slug = db.Set<Course>().Where(c => c.Id == courseId).Select(c => c.Slug).Single();
            db.Add(new RoleModelProgramme { MunicipalityId = mine.Id, TrainingCourses = slug, TrainingEventTypes = "Webinar" });
            var certificate = Certificate(app.World.Home.Id, citizen, courseId, DateTimeOffset.UtcNow, professional: false);
            certificate.CourseTitle = "Omstaander online";
            db.Add(certificate);
            var past = LearningData.Event(title, 10, isPublic: true, organiser: null, DateTimeOffset.UtcNow.AddDays(-20));
            var coming = LearningData.Event(title + " deel 2", 10, isPublic: true, organiser: null, DateTimeOffset.UtcNow);
            db.AddRange(past, coming);
            db.AddRange(
                Registration(past, Principal.Partner, attendedIt: true),
                Registration(coming, Principal.Official, attendedIt: null));
            await db.SaveChangesAsync();
        }

        await using var query = app.Services.CreateAsyncScope();
        var training = query.ServiceProvider.GetRequiredService<RoleModelTraining>();
        var evidence = await training.ForManyAsync([withCertificate, attended, onlyRegistered, recordedByStaff, notStarted], CancellationToken.None);
        Assert.Contains(evidence[withCertificate.Id].Courses, c => c.Title == "Omstaander online");
        Assert.Equal(TrainingStatus.Afgerond, evidence[withCertificate.Id].Effective(withCertificate.Training));
        Assert.True(Assert.Single(evidence[attended.Id].Events).Attended == true);
        Assert.Equal(TrainingStatus.Afgerond, evidence[attended.Id].Effective(attended.Training));
        Assert.Equal(TrainingStatus.Bezig, evidence[onlyRegistered.Id].Effective(onlyRegistered.Training));
        Assert.False(evidence[recordedByStaff.Id].HasAccount);
        Assert.Equal(TrainingStatus.Afgerond, evidence[recordedByStaff.Id].Effective(recordedByStaff.Training));
        Assert.Equal(TrainingStatus.NietGestart, evidence[notStarted.Id].Effective(notStarted.Training));

        var figures = await query.ServiceProvider.GetRequiredService<RoleModelFigures>()
            .ForAsync(mine.Id, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), CancellationToken.None);
        Assert.Equal(5, figures.ActiveRoleModels);
        Assert.Equal(3, figures.RoleModelsTrained);
    }

    /// <summary>A fresh account (certificates belong to the person, so shared test users would carry other tests' ones).</summary>
    private static async Task<Guid> NewAccountAsync(IServiceProvider services, Guid municipalityId)
    {
        var accounts = services.GetRequiredService<Samenspraak.Web.Platform.Accounts.Identity.AdminAccounts>();
        var created = await accounts.CreateUserAsync($"rolmodel-{Guid.NewGuid():N}@test.samenspraak.local", "Rolmodel", municipalityId,
            Samenspraak.Web.Platform.Accounts.Identity.Roles.Citizen, TestWorld.Password);
        return created.User.Id;
    }

    [Fact]
    public async Task RoleModelsTrainedIsASeriesByTheDayTrainingWasFirstCompletedPerMunicipality()
    {
        var mine = await NewMunicipalityAsync();
        var other = await NewMunicipalityAsync();
        var roleModels = new Dictionary<string, RoleModel>();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var courseId = db.Set<Course>().Where(c => c.Slug == "polarisatie-basis").Select(c => c.Id).First();
            async Task<Guid> TrainedAsync(string name, Guid municipalityId, ScreeningStatus screening, params DateTimeOffset[] certificates)
            {
                var userId = await NewAccountAsync(scope.ServiceProvider, municipalityId);
                var roleModel = RoleModel(municipalityId, screening);
                roleModel.Email = db.Users.Where(u => u.Id == userId).Select(u => u.Email!).Single();
                roleModels[name] = roleModel;
                db.Add(roleModel);
                db.AddRange(certificates.Select(at => Certificate(municipalityId, userId, courseId, at, professional: false)));
                return userId;
            }

            // 23:30 UTC on 31 March is 1 April in Belgium: the series counts Belgian days.
            await TrainedAsync("april", mine.Id, ScreeningStatus.Goedgekeurd, new DateTimeOffset(2026, 3, 31, 22, 30, 0, TimeSpan.Zero));
            // A later certificate of another course does not move the day the training was completed.
            var march = await TrainedAsync("march", mine.Id, ScreeningStatus.Goedgekeurd, new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));
            var otherCourse = db.Set<Course>().Where(c => c.Id != courseId).Select(c => c.Id).First();
            db.Add(Certificate(mine.Id, march, otherCourse, new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero), professional: false));
            await TrainedAsync("before", mine.Id, ScreeningStatus.Goedgekeurd, new DateTimeOffset(2025, 12, 31, 10, 0, 0, TimeSpan.Zero));
            await TrainedAsync("not approved", mine.Id, ScreeningStatus.Aangemeld, new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.Zero));
            await TrainedAsync("foreign", other.Id, ScreeningStatus.Goedgekeurd, new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.Zero));
            // An attended training event completes the training too.
            var attendee = await TrainedAsync("february", mine.Id, ScreeningStatus.Goedgekeurd);
            var training = LearningData.Event($"Opleiding rolmodellen {Guid.NewGuid():N}", 10, isPublic: false, organiser: null,
                new DateTimeOffset(2026, 2, 5, 18, 0, 0, TimeSpan.Zero).AddDays(-10));
            training.Type = Samenspraak.Web.Learning.Agenda.EventType.Training;
            db.Add(training);
            db.Add(new Samenspraak.Web.Learning.Agenda.EventRegistration
            {
                Id = Guid.NewGuid(), EventId = training.Id, UserId = attendee, Name = "Rolmodel", Email = roleModels["february"].Email,
                Status = Samenspraak.Web.Learning.Agenda.RegistrationStatus.Confirmed, RegisteredAt = DateTimeOffset.UtcNow, Attended = true,
            });
            await db.SaveChangesAsync();
        }

        await using var query = app.Services.CreateAsyncScope();
        var catalog = query.ServiceProvider.GetRequiredService<IndicatorCatalog>();
        Assert.Contains(catalog.Definitions, d => d.Key == LearningIndicatorSource.RoleModelsTrained);
        var from = new DateOnly(2026, 1, 1);
        var to = new DateOnly(2026, 12, 31);
        var series = await catalog.GetSeriesAsync(LearningIndicatorSource.RoleModelsTrained, mine.Id, from, to, IndicatorPeriod.Month);
        Assert.Equal([(new DateOnly(2026, 2, 1), 1d), (new DateOnly(2026, 3, 1), 1d), (new DateOnly(2026, 4, 1), 1d)],
            series!.Points.Select(p => (p.PeriodStart, p.Value)));
        var foreign = await catalog.GetSeriesAsync(LearningIndicatorSource.RoleModelsTrained, other.Id, from, to, IndicatorPeriod.Month);
        Assert.Equal([(new DateOnly(2026, 3, 1), 1d)], foreign!.Points.Select(p => (p.PeriodStart, p.Value)));
        // A range that ends on 31 March leaves out the role model trained on 1 April (Belgian time).
        var toMarch = await catalog.GetSeriesAsync(LearningIndicatorSource.RoleModelsTrained, mine.Id, from, new DateOnly(2026, 3, 31), IndicatorPeriod.Month);
        Assert.Equal(2d, toMarch!.Points.Sum(p => p.Value));
    }

    [Fact]
    public async Task ACoordinatorLinksAnAccountAndChoosesWhichCoursesCountAsTraining()
    {
        var roleModel = RoleModel(app.World.Home.Id, ScreeningStatus.Goedgekeurd);
        roleModel.Email = $"ander-{Guid.NewGuid():N}@test.samenspraak.local"; // no account with this address
        Guid account;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            account = await NewAccountAsync(scope.ServiceProvider, app.World.Home.Id);
            var omstaander = db.Set<Course>().Where(c => c.Slug == "omstaander-online").Select(c => c.Id).First();
            var certificate = Certificate(app.World.Home.Id, account, omstaander, DateTimeOffset.UtcNow.AddDays(-3), professional: false);
            certificate.CourseTitle = "Omstaander online";
            db.AddRange(roleModel, certificate);
            await db.SaveChangesAsync();
        }

        var staff = await app.ClientAsync(Principal.Staff);
        var path = $"/rolmodellen/{roleModel.Id}";
        Assert.Contains("Geen account gekoppeld", PageForm.Text(await PageForm.HtmlAsync(staff, path)), StringComparison.Ordinal);

        // Another municipality's account is not in the list and is refused.
        var foreign = await PageForm.SubmitAsync(staff, path, "account-koppeling", [new("AccountId", app.World[Principal.ForeignMunicipalityAdmin].Id.ToString())]);
        Assert.Contains("Kies een account uit de lijst.", PageForm.Text(await foreign.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var linked = await PageForm.SubmitAsync(staff, path, "account-koppeling", [new("AccountId", account.ToString())]);
        var page = PageForm.Text(await PageForm.FollowAsync(staff, linked));
        Assert.Contains("Het account is gekoppeld.", page, StringComparison.Ordinal);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<RoleModel>().IgnoreTenantFilter().AsNoTracking().SingleAsync(r => r.Id == roleModel.Id);
            Assert.Equal(account, stored.UserId);
        }

        // By default only the starter course counts: the bystander course is not training for the programme.
        Assert.DoesNotContain("id=\"opleiding-cursussen\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Opleidingsstatus: Afgerond.", page, StringComparison.Ordinal);

        var nothing = await PageForm.SubmitAsync(staff, "/rolmodellen", "opleiding-telt", []);
        Assert.Contains("Kies minstens één opleiding", PageForm.Text(await nothing.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var saved = await PageForm.SubmitAsync(staff, "/rolmodellen", "opleiding-telt",
            [new("Courses", "polarisatie-basis"), new("Courses", "omstaander-online"), new("Courses", "bestaat-niet"), new("EventTypes", "Training")]);
        var overview = await PageForm.FollowAsync(staff, saved);
        Assert.Contains("Je keuze voor de rolmodellenopleiding is bewaard.", PageForm.Text(overview), StringComparison.Ordinal);
        Assert.Matches("id=\"telt-cursus-omstaander-online\"[^>]*checked", overview);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var programme = await scope.ServiceProvider.GetRequiredService<RoleModelTraining>().ProgrammeAsync(app.World.Home.Id, CancellationToken.None);
            Assert.Equal(["polarisatie-basis", "omstaander-online"], programme.CourseSlugs);
            Assert.Equal([Samenspraak.Web.Learning.Agenda.EventType.Training], programme.EventTypes);
        }

        var after = PageForm.Text(await PageForm.HtmlAsync(staff, path));
        Assert.Contains("id=\"opleiding-cursussen\"", after, StringComparison.Ordinal);
        Assert.Contains("Omstaander online", after, StringComparison.Ordinal);
        Assert.Contains("Opleidingsstatus: Afgerond.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnApplicationMadeWhileSignedInIsLinkedToTheAccount()
    {
        var partner = await app.ClientAsync(Principal.Partner);
        var email = $"kandidaat-{Guid.NewGuid():N}@test.samenspraak.local";
        var accepted = await PageForm.SubmitAsync(partner, "/rolmodel-worden", "kandidatuur",
        [
            new("Input.Name", "Aangemelde Kandidaat"), new("Input.Email", email), new("Input.MunicipalityId", app.World.Home.Id.ToString()),
            new("Input.Motivation", "Ik wil jongeren in mijn wijk helpen."), new("Input.Consent", "true"),
        ]);
        Assert.Contains("id=\"kandidatuur-ontvangen\"", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<RoleModel>().IgnoreTenantFilter().AsNoTracking()
            .SingleAsync(r => r.Email == email);
        Assert.Equal(app.World[Principal.Partner].Id, stored.UserId);
    }

    private Samenspraak.Web.Learning.Agenda.EventRegistration Registration(Samenspraak.Web.Learning.Agenda.AgendaEvent e, Principal who, bool? attendedIt) => new()
    {
        Id = Guid.NewGuid(), EventId = e.Id, UserId = app.World[who].Id, Name = who.ToString(), Email = TestWorld.EmailOf(who),
        Status = Samenspraak.Web.Learning.Agenda.RegistrationStatus.Confirmed, RegisteredAt = DateTimeOffset.UtcNow, Attended = attendedIt,
    };

    [Fact]
    public async Task TheRoleModelPageShowsTheTrainingRecord()
    {
        var roleModel = RoleModel(app.World.Home.Id, ScreeningStatus.Goedgekeurd);
        roleModel.Email = TestWorld.EmailOf(Principal.Moderator);
        var title = $"Netwerkmoment rolmodellen {Guid.NewGuid():N}";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var past = LearningData.Event(title, 10, isPublic: true, organiser: null, DateTimeOffset.UtcNow.AddDays(-20));
            past.Type = Samenspraak.Web.Learning.Agenda.EventType.Training;
            db.AddRange(roleModel, past, Registration(past, Principal.Moderator, attendedIt: true));
            await db.SaveChangesAsync();
        }

        var html = PageForm.Text(await PageForm.HtmlAsync(await app.ClientAsync(Principal.Staff), $"/rolmodellen/{roleModel.Id}"));
        Assert.Contains("id=\"opleiding-evenementen\"", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains("Opleidingsstatus: Afgerond.", html, StringComparison.Ordinal);
        Assert.Contains("Afgeleid uit de certificaten", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiguresAndIndicatorSeriesCountOnlyTheMunicipalitysOwnData()
    {
        var mine = await NewMunicipalityAsync();
        var other = await NewMunicipalityAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var courseId = db.Set<Course>().OrderBy(c => c.Slug).First().Id;
            var approved = RoleModel(mine.Id, ScreeningStatus.Goedgekeurd);
            var stopped = RoleModel(mine.Id, ScreeningStatus.Goedgekeurd, active: false);
            var screening = RoleModel(mine.Id, ScreeningStatus.InScreening);
            var foreign = RoleModel(other.Id, ScreeningStatus.Goedgekeurd);
            db.AddRange(approved, stopped, screening, foreign);
            db.AddRange(
                Activity(approved, new DateOnly(2026, 3, 2), 25),
                Activity(approved, new DateOnly(2026, 3, 4), 30),
                Activity(stopped, new DateOnly(2026, 4, 15), 12),
                Activity(approved, new DateOnly(2025, 12, 31), 100),
                Activity(foreign, new DateOnly(2026, 3, 3), 500));
            var professional = Guid.NewGuid();
            db.AddRange(
                Certificate(mine.Id, professional, courseId, new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero), professional: true),
                Certificate(mine.Id, Guid.NewGuid(), courseId, new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.Zero), professional: true),
                Certificate(mine.Id, Guid.NewGuid(), courseId, new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.Zero), professional: false),
                Certificate(other.Id, Guid.NewGuid(), courseId, new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.Zero), professional: true));
            await db.SaveChangesAsync();
        }

        await using var query = app.Services.CreateAsyncScope();
        var from = new DateOnly(2026, 1, 1);
        var to = new DateOnly(2026, 12, 31);
        var figures = await query.ServiceProvider.GetRequiredService<RoleModelFigures>().ForAsync(mine.Id, from, to, CancellationToken.None);
        Assert.Equal(new ProgrammeFigures(ActiveRoleModels: 1, Activities: 3, PeopleReached: 67, ProfessionalsTrained: 2, RoleModelsTrained: 0), figures);

        var catalog = query.ServiceProvider.GetRequiredService<IndicatorCatalog>();
        Assert.Contains(catalog.Definitions, d => d.Key == LearningIndicatorSource.ProfessionalsTrained);
        var reached = await catalog.GetSeriesAsync(LearningIndicatorSource.PeopleReached, mine.Id, from, to, IndicatorPeriod.Month);
        Assert.Equal([(new DateOnly(2026, 3, 1), 55d), (new DateOnly(2026, 4, 1), 12d)], reached!.Points.Select(p => (p.PeriodStart, p.Value)));
        var weekly = await catalog.GetSeriesAsync(LearningIndicatorSource.RoleModelActivities, mine.Id, from, to, IndicatorPeriod.Week);
        Assert.Equal((new DateOnly(2026, 3, 2), 2d), (weekly!.Points[0].PeriodStart, weekly.Points[0].Value));
        var trained = await catalog.GetSeriesAsync(LearningIndicatorSource.ProfessionalsTrained, mine.Id, from, to, IndicatorPeriod.Month);
        Assert.Equal(2d, trained!.Points.Single().Value);
        // March: one role model with two activities; April: the stopped one, whose activity still counts in its month.
        var deployed = await catalog.GetSeriesAsync(LearningIndicatorSource.RoleModelsDeployed, mine.Id, from, to, IndicatorPeriod.Month);
        Assert.Equal([(new DateOnly(2026, 3, 1), 1d, 2L), (new DateOnly(2026, 4, 1), 1d, 1L)],
            deployed!.Points.Select(p => (p.PeriodStart, p.Value, p.Count)));
        var otherReached = await catalog.GetSeriesAsync(LearningIndicatorSource.PeopleReached, other.Id, from, to, IndicatorPeriod.Month);
        Assert.Equal(500d, otherReached!.Points.Sum(p => p.Value));
    }

    [Fact]
    public async Task CoachingNotesAreShownOnlyToTheCoach()
    {
        var coach = app.World[Principal.Staff];
        var roleModel = RoleModel(app.World.Home.Id, ScreeningStatus.Goedgekeurd);
        roleModel.CoachId = coach.Id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(roleModel);
            db.Add(new CoachingSession { Id = Guid.NewGuid(), MunicipalityId = app.World.Home.Id, RoleModelId = roleModel.Id, CoachId = coach.Id, Date = new DateOnly(2026, 2, 1), Notes = "Vertrouwelijke coachingsnotitie" });
            await db.SaveChangesAsync();
        }

        var asCoach = await PageForm.HtmlAsync(await app.ClientAsync(Principal.Staff), $"/rolmodellen/{roleModel.Id}");
        var asColleague = await PageForm.HtmlAsync(await app.ClientAsync(Principal.Moderator), $"/rolmodellen/{roleModel.Id}");

        Assert.Contains("Vertrouwelijke coachingsnotitie", asCoach, StringComparison.Ordinal);
        Assert.DoesNotContain("Vertrouwelijke coachingsnotitie", asColleague, StringComparison.Ordinal);
        Assert.Contains("id=\"coaching\"", asColleague, StringComparison.Ordinal);
        var foreign = await app.ClientAsync(Principal.ForeignMunicipalityAdmin);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await foreign.GetAsync($"/rolmodellen/{roleModel.Id}")).StatusCode);
    }

    [Fact]
    public async Task StaffRecordAnApplicationAndAnActivityThroughThePages()
    {
        var staff = await app.LogInAsync(Principal.Staff);

        var refused = await PageForm.SubmitAsync(staff, "/rolmodellen/aanmelden", "id=\"rolmodel\"",
            [new("Input.Name", "Zonder Toestemming"), new("Input.Email", "z@test.samenspraak.local"), new("Input.Motivation", "m")]);
        Assert.Equal(System.Net.HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("toestemming", PageForm.Text(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var saved = await PageForm.SubmitAsync(staff, "/rolmodellen/aanmelden", "id=\"rolmodel\"",
            [new("Input.Name", "Nieuw Rolmodel"), new("Input.Email", "n@test.samenspraak.local"), new("Input.Motivation", "Ik wil helpen."), new("Input.Consent", "true")]);
        var path = PageForm.Location(saved)!;
        Assert.StartsWith("/rolmodellen/", path, StringComparison.Ordinal);

        var added = await PageForm.SubmitAsync(staff, path, "id=\"activiteit\"",
            [new("ActivityType", "Workshop"), new("ActivityDate", "2026-05-06"), new("Place", "Jeugdhuis"), new("Organisation", "Jeugddienst"), new("Reached", "18")]);
        Assert.True(added.StatusCode == System.Net.HttpStatusCode.Found, ErrorsOf(await added.Content.ReadAsStringAsync()));
        var page = PageForm.Text(await PageForm.FollowAsync(staff, added));
        Assert.Contains("Jeugdhuis", page, StringComparison.Ordinal);

        var bad = await PageForm.SubmitAsync(staff, path, "id=\"activiteit\"",
            [new("ActivityType", "Workshop"), new("ActivityDate", "morgen"), new("Place", "Jeugdhuis"), new("Organisation", "Jeugddienst"), new("Reached", "veel")]);
        var badPage = PageForm.Text(await bad.Content.ReadAsStringAsync());
        Assert.Contains("geldige datum", badPage, StringComparison.Ordinal);
        Assert.Contains("value=\"Jeugdhuis\"", badPage, StringComparison.Ordinal);
    }

    private static string ErrorsOf(string html)
    {
        var start = html.IndexOf("foutenoverzicht", StringComparison.Ordinal);
        return start < 0 ? "no error summary" : PageForm.Text(html.Substring(start, Math.Min(600, html.Length - start)));
    }
}

public sealed class SqliteRoleModelTests(SqliteAppFixture app) : RoleModelTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresRoleModelTests(PostgresAppFixture app) : RoleModelTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
