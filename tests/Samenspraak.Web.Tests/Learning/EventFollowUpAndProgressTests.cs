using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Agenda;
using Samenspraak.Web.Learning.Courses;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>
/// Rules of issue 7 that had no test of their own: the reminder mail a day before (once, confirmed people only, not
/// for a cancelled event), attendance and the anonymous post-event evaluation through the pages, and the
/// municipality's anonymous progress counts of its professionals ("professionals trained").
/// </summary>
public abstract class EventFollowUpAndProgressTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static Registrant Someone(string label) => new(Guid.NewGuid(), "Deelnemer " + label, $"herinnering-{label}-{Guid.NewGuid():N}@test.samenspraak.local");

    private async Task<AgendaEvent> AddEventAsync(int capacity, DateTimeOffset startsAt, bool isPublic = true, params string[] themes)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var e = LearningData.Event($"Vorming {Guid.NewGuid():N}", capacity, isPublic, organiser: null, DateTimeOffset.UtcNow);
        e.StartsAt = startsAt;
        e.EndsAt = startsAt.AddHours(2);
        e.Themes = [.. themes];
        db.Add(e);
        await db.SaveChangesAsync();
        return e;
    }

    private async Task<EventRegistration> RegisterAsync(AgendaEvent e, Registrant who)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistrationService>().RegisterAsync(e, who, null, CancellationToken.None)
            ?? throw new InvalidOperationException("The event is open, so registration must succeed.");
    }

    private async Task<int> SendRemindersAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EventReminders>().SendDueAsync(CancellationToken.None);
    }

    private int MailsTo(string email, string subjectStart) =>
        Directory.GetFiles(app.Factory.MailFolder, "*.eml").Select(File.ReadAllText)
            .Count(m => m.Contains(email, StringComparison.OrdinalIgnoreCase) && m.Contains(subjectStart, StringComparison.Ordinal));

    [Fact]
    public async Task RemindersGoOnceToConfirmedParticipantsOfEventsStartingWithinADay()
    {
        var soon = await AddEventAsync(capacity: 1, DateTimeOffset.UtcNow.AddHours(12));
        var later = await AddEventAsync(capacity: 5, DateTimeOffset.UtcNow.AddDays(3));
        var cancelledSoon = await AddEventAsync(capacity: 5, DateTimeOffset.UtcNow.AddHours(6));
        var (confirmed, waiting, tooEarly, ofCancelled) = (Someone("bevestigd"), Someone("wachtend"), Someone("later"), Someone("geannuleerd"));
        await RegisterAsync(soon, confirmed);
        Assert.Equal(RegistrationStatus.Waitlisted, (await RegisterAsync(soon, waiting)).Status);
        await RegisterAsync(later, tooEarly);
        await RegisterAsync(cancelledSoon, ofCancelled);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AgendaEvent>().Where(e => e.Id == cancelledSoon.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.CancelledAt, DateTimeOffset.UtcNow).SetProperty(e => e.CancellationReason, "Test"));
        }

        Assert.True(await SendRemindersAsync() >= 1);
        await SendRemindersAsync();

        Assert.Equal(1, MailsTo(confirmed.Email, "Herinnering"));
        Assert.Equal(0, MailsTo(waiting.Email, "Herinnering"));
        Assert.Equal(0, MailsTo(tooEarly.Email, "Herinnering"));
        Assert.Equal(0, MailsTo(ofCancelled.Email, "Herinnering"));
        await using var check = app.Services.CreateAsyncScope();
        var rows = await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<EventRegistration>().AsNoTracking()
            .Where(r => r.EventId == soon.Id).ToListAsync();
        Assert.NotNull(rows.Single(r => r.Email == confirmed.Email).ReminderSentAt);
        Assert.Null(rows.Single(r => r.Email == waiting.Email).ReminderSentAt);
    }

    [Fact]
    public async Task AfterTheEventTheOrganiserRecordsAttendanceAndParticipantsEvaluateAnonymously()
    {
        var e = await AddEventAsync(capacity: 5, DateTimeOffset.UtcNow.AddHours(-4));
        var present = await LearningTestUsers.CreateAsync(app, Roles.Citizen);
        var absent = await LearningTestUsers.CreateAsync(app, Roles.Citizen);
        var presentRow = await RegisterAsync(e, new Registrant(present.Id, "Aanwezige Deelnemer", present.Email!));
        var absentRow = await RegisterAsync(e, new Registrant(absent.Id, "Afwezige Deelnemer", absent.Email!));

        // The participant's evaluation: a score is required (Dutch message), then it is stored.
        var participant = await LearningTestUsers.LogInAsync(app, present);
        var eventPage = await PageForm.HtmlAsync(participant, $"/agenda/{e.Id}");
        Assert.Contains("id=\"evaluatie\"", eventPage, StringComparison.Ordinal);
        var noScore = await PageForm.SubmitAsync(participant, $"/agenda/{e.Id}", "id=\"evaluatie\"", [new("EvaluationComment", "Leerrijk")]);
        Assert.Equal(HttpStatusCode.OK, noScore.StatusCode);
        Assert.Contains("score", PageForm.Text(await noScore.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);
        var evaluated = await PageForm.SubmitAsync(participant, $"/agenda/{e.Id}", "id=\"evaluatie\"",
            [new("EvaluationScore", "4"), new("EvaluationComment", "Leerrijke voorbeelden uit de praktijk")]);
        Assert.Equal(HttpStatusCode.Found, evaluated.StatusCode);

        // The curator marks who came; the evaluation appears as an average and comment, without the name beside it.
        var curator = await app.ClientAsync(Principal.Curator);
        var saved = await PageForm.SubmitAsync(curator, $"/agenda/{e.Id}/deelnemers", "id=\"aanwezigheid\"", [new("aanwezig", presentRow.Id.ToString())]);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        var participants = PageForm.Text(await PageForm.HtmlAsync(curator, $"/agenda/{e.Id}/deelnemers"));
        Assert.Contains("Leerrijke voorbeelden uit de praktijk", participants, StringComparison.Ordinal);
        Assert.Matches(@"4[,.]0", participants[participants.IndexOf("id=\"evaluaties\"", StringComparison.Ordinal)..]);

        await using var scope = app.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<EventRegistration>().AsNoTracking()
            .Where(r => r.EventId == e.Id).ToDictionaryAsync(r => r.Id);
        Assert.Equal((true, 4), (rows[presentRow.Id].Attended, rows[presentRow.Id].EvaluationScore));
        Assert.Equal((false, null), (rows[absentRow.Id].Attended, rows[absentRow.Id].EvaluationScore));

        // The curator adds the recording afterwards (https only, Dutch message otherwise); participants then see it.
        var httpRecording = await PageForm.SubmitAsync(curator, $"/agenda/{e.Id}/bewerken", "id=\"evenement-wijzigen\"", EditForm(e, "http://opname.example.org/1"));
        Assert.Equal(HttpStatusCode.OK, httpRecording.StatusCode);
        Assert.Contains("De link naar de opname moet met https:// beginnen.", PageForm.Text(await httpRecording.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var recording = await PageForm.SubmitAsync(curator, $"/agenda/{e.Id}/bewerken", "id=\"evenement-wijzigen\"", EditForm(e, "https://opname.example.org/vorming"));
        Assert.Equal(HttpStatusCode.Found, recording.StatusCode);
        Assert.Contains("href=\"https://opname.example.org/vorming\"", await PageForm.HtmlAsync(participant, $"/agenda/{e.Id}"), StringComparison.Ordinal);

        // Someone else cannot record attendance: the expert did not organise this event.
        var expert = await app.ClientAsync(Principal.Expert);
        Assert.Equal(HttpStatusCode.NotFound, (await expert.GetAsync($"/agenda/{e.Id}/deelnemers")).StatusCode);
    }

    [Fact]
    public async Task AnImpossibleCapacityIsRefusedWithADutchMessageNamingTheField()
    {
        var e = await AddEventAsync(capacity: 5, DateTimeOffset.UtcNow.AddDays(9));
        var curator = await app.ClientAsync(Principal.Curator);

        var refused = await PageForm.SubmitAsync(curator, $"/agenda/{e.Id}/bewerken", "id=\"evenement-wijzigen\"", EditForm(e, "", capacity: 0));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = PageForm.Text(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Kies een aantal plaatsen van 1 tot 10 000.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Capacity is", page, StringComparison.Ordinal);
        Assert.Equal(5, (await StoredAsync(e.Id)).Capacity);
    }

    private async Task<AgendaEvent> StoredAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AgendaEvent>().AsNoTracking().SingleAsync(x => x.Id == id);
    }

    [Fact]
    public async Task TheAgendaFiltersByTypeAndAudienceInTheListAndTheCalendarView()
    {
        var webinar = await AddEventAsync(capacity: 5, DateTimeOffset.UtcNow.AddDays(8), isPublic: true);
        var hackathon = await AddEventAsync(capacity: 5, DateTimeOffset.UtcNow.AddDays(40), isPublic: false);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AgendaEvent>().Where(e => e.Id == hackathon.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Type, EventType.Hackathon).SetProperty(e => e.EndsAt, hackathon.StartsAt.AddDays(2)));
        }

        var staff = await app.ClientAsync(Principal.Staff);
        var all = await PageForm.HtmlAsync(staff, "/agenda");
        Assert.Contains(webinar.Title, all, StringComparison.Ordinal);
        Assert.Contains(hackathon.Title, all, StringComparison.Ordinal);
        var hackathons = await PageForm.HtmlAsync(staff, "/agenda?type=Hackathon");
        Assert.Contains(hackathon.Title, hackathons, StringComparison.Ordinal);
        Assert.DoesNotContain(webinar.Title, hackathons, StringComparison.Ordinal);
        var open = await PageForm.HtmlAsync(staff, "/agenda?publiek=ja");
        Assert.Contains(webinar.Title, open, StringComparison.Ordinal);
        Assert.DoesNotContain(hackathon.Title, open, StringComparison.Ordinal);

        var calendar = await PageForm.HtmlAsync(staff, "/agenda?weergave=kalender&type=Hackathon");
        Assert.Contains("id=\"kalender\"", calendar, StringComparison.Ordinal);
        Assert.Contains($"id=\"kalender-{BelgianTimeMonth(hackathon.StartsAt)}\"", calendar, StringComparison.Ordinal);
        Assert.Contains(hackathon.Title, calendar, StringComparison.Ordinal);
        Assert.DoesNotContain(webinar.Title, calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"evenementen\"", calendar, StringComparison.Ordinal);

        // A citizen never sees the professionals-only hackathon, not even when filtering for it.
        var citizen = await app.ClientAsync(Principal.Citizen);
        Assert.DoesNotContain(hackathon.Title, await PageForm.HtmlAsync(citizen, "/agenda?type=Hackathon&publiek=nee"), StringComparison.Ordinal);
        // No match: the empty state, not an empty list.
        var none = await PageForm.HtmlAsync(citizen, "/agenda?type=Hackathon&publiek=nee");
        Assert.Contains("empty-state", none, StringComparison.Ordinal);
    }

    private static string BelgianTimeMonth(DateTimeOffset moment) =>
        Samenspraak.Web.Shell.BelgianTime.ToLocal(moment).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheDigestListsNewComingEventsOnFollowedThemesTheRecipientMaySee()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        await using (var follows = app.Services.CreateAsyncScope())
        {
            var db = follows.ServiceProvider.GetRequiredService<AppDbContext>();
            foreach (var who in new[] { Principal.Staff, Principal.Citizen })
            {
                db.Add(new Samenspraak.Web.Community.Questions.Follow { UserId = app.World[who].Id, ThemeSlug = "omstaanders", CreatedAt = DateTimeOffset.UtcNow });
            }

            await db.SaveChangesAsync();
        }

        var open = await AddEventAsync(capacity: 5, DateTimeOffset.UtcNow.AddDays(5), true, "jeugd", "omstaanders");
        var professionalsOnly = await AddEventAsync(capacity: 5, DateTimeOffset.UtcNow.AddDays(6), false, "omstaanders");
        var past = await AddEventAsync(capacity: 5, DateTimeOffset.UtcNow.AddDays(-2), true, "omstaanders");
        var cancelled = await AddEventAsync(capacity: 5, DateTimeOffset.UtcNow.AddDays(7), true, "omstaanders");
        var otherTheme = await AddEventAsync(capacity: 5, DateTimeOffset.UtcNow.AddDays(5), true, "jeugd");
        var noTheme = await AddEventAsync(capacity: 5, DateTimeOffset.UtcNow.AddDays(5), true);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AgendaEvent>().Where(e => e.Id == cancelled.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.CancelledAt, DateTimeOffset.UtcNow));
        var contributor = scope.ServiceProvider.GetServices<Samenspraak.Web.Community.Digest.IDigestContributor>()
            .Single(c => c.GetType().Name == "NewEventsDigestContributor");

        async Task<List<Samenspraak.Web.Community.Digest.DigestItem>> ItemsForAsync(Principal who) =>
            [.. await contributor.ItemsSinceAsync(new(app.World[who].Id, "Ontvanger", app.World.Home.Id), since, CancellationToken.None)];

        var forStaff = (await ItemsForAsync(Principal.Staff)).Select(i => i.Path).ToList();
        Assert.Equal([$"/agenda/{open.Id}", $"/agenda/{professionalsOnly.Id}"], forStaff);
        var forCitizen = await ItemsForAsync(Principal.Citizen);
        Assert.Equal([$"/agenda/{open.Id}"], forCitizen.Select(i => i.Path));
        // The line names the followed theme that brought the event in, not the other one.
        Assert.EndsWith("thema: Omstaanders", forCitizen[0].Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(past.Id.ToString(), string.Join(' ', forStaff), StringComparison.Ordinal);
        Assert.DoesNotContain($"/agenda/{cancelled.Id}", forStaff);
        Assert.DoesNotContain($"/agenda/{otherTheme.Id}", forStaff);
        Assert.DoesNotContain($"/agenda/{noTheme.Id}", forStaff);
        // Nobody who follows no theme gets events; nothing is new since a later moment.
        Assert.Empty(await ItemsForAsync(Principal.Official));
        Assert.Empty(await contributor.ItemsSinceAsync(new(app.World[Principal.Staff].Id, "Ontvanger", app.World.Home.Id), DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None));
    }

    /// <summary>The edit form as a browser posts it: the event unchanged except for the recording link.</summary>
    private static List<KeyValuePair<string, string>> EditForm(AgendaEvent e, string recordingUrl, int? capacity = null) =>
    [
        new("Input.Title", e.Title),
        new("Input.Type", e.Type.ToString()),
        new("Input.Description", e.Description),
        new("Input.StartsAt", BelgianLocal(e.StartsAt)),
        new("Input.EndsAt", BelgianLocal(e.EndsAt)),
        new("Input.OnlineUrl", e.OnlineUrl ?? ""),
        new("Input.RecordingUrl", recordingUrl),
        new("Input.Capacity", (capacity ?? e.Capacity).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Input.IsPublic", e.IsPublic ? "true" : "false"),
        new("Input.Question", e.RegistrationQuestion ?? ""),
    ];

    private static string BelgianLocal(DateTimeOffset moment) =>
        Samenspraak.Web.Shell.BelgianTime.ToLocal(moment).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheMunicipalitySeesCountsOfItsOwnProfessionalsOnlyAndNoNames()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var progress = scope.ServiceProvider.GetRequiredService<StaffProgress>();
        var catalog = scope.ServiceProvider.GetRequiredService<CourseCatalog>();
        var quiz = scope.ServiceProvider.GetRequiredService<QuizService>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var course = await db.Set<Course>().AsNoTracking().SingleAsync(c => c.Slug == "polarisatie-basis" && c.IsCurrent);
        var lessons = course.Definition().AllLessons.Select(l => l.Slug).ToList();
        var before = (await progress.ForAsync(app.World.Home.Id, CancellationToken.None)).Single(r => r.Slug == course.Slug);

        var now = DateTimeOffset.UtcNow;
        var reader = await LearningTestUsers.CreateAsync(app, Roles.Staff);
        var graduate = await LearningTestUsers.CreateAsync(app, Roles.Expert);
        var foreign = await LearningTestUsers.CreateAsync(app, Roles.Staff, app.World.Foreign.Id);
        await catalog.CompleteLessonAsync(reader.Id, app.World.Home.Id, true, course, lessons[0], now, CancellationToken.None);
        // Where the reader left off: the next unread lesson.
        Assert.Equal(lessons[1], CourseCatalog.ResumeLesson(course.Definition(), await catalog.CompletedLessonsAsync(reader.Id, course.Id, CancellationToken.None))!.Slug);
        foreach (var lesson in lessons)
        {
            await catalog.CompleteLessonAsync(graduate.Id, app.World.Home.Id, true, course, lesson, now, CancellationToken.None);
            await catalog.CompleteLessonAsync(foreign.Id, app.World.Foreign.Id, true, course, lesson, now, CancellationToken.None);
        }

        var (attempt, _) = await quiz.StartOrResumeAsync(graduate.Id, course, CancellationToken.None);
        var (score, certificate) = await quiz.SubmitAsync(attempt!, course, LearningData.CorrectAnswers(attempt!, course),
            new CertificateHolder(graduate.DisplayName, app.World.Home.Id, true), CancellationToken.None);
        Assert.True(score.Passed);
        Assert.NotNull(certificate);

        var after = (await progress.ForAsync(app.World.Home.Id, CancellationToken.None)).Single(r => r.Slug == course.Slug);
        Assert.Equal((before.Started + 2, before.ReadAllLessons + 1, before.Certified + 1), (after.Started, after.ReadAllLessons, after.Certified));

        // The municipality admin's page shows the same counts and nobody's name; the foreign admin's page not these.
        var admin = await app.ClientAsync(Principal.MunicipalityAdmin);
        var page = PageForm.Text(await PageForm.HtmlAsync(admin, "/leren/voortgang"));
        Assert.Contains("id=\"voortgang\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(graduate.DisplayName, page, StringComparison.Ordinal);
        Assert.DoesNotContain(graduate.Email!, page, StringComparison.Ordinal);
        // The foreign professional who read everything counts for the foreign municipality, not for the home one.
        var foreignCounts = (await progress.ForAsync(app.World.Foreign.Id, CancellationToken.None)).Single(r => r.Slug == course.Slug);
        Assert.True(foreignCounts.ReadAllLessons >= 1);
    }
}

public sealed class SqliteEventFollowUpAndProgressTests(SqliteAppFixture app) : EventFollowUpAndProgressTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresEventFollowUpAndProgressTests(PostgresAppFixture app) : EventFollowUpAndProgressTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
