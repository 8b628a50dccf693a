using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Analysis;
using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Agenda;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Monitoring;

namespace Samenspraak.Web.Tests.Home;

/// <summary>
/// The logged-in start page ("Vandaag"): each module's panel counts only the user's own municipality, its figures
/// match what the linked page shows, and panels follow the user's role.
/// </summary>
public abstract class StartPageTests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task SignalenFigureCountsSeriousNewMessagesOfTheWeekInTheOwnMunicipalityOnly()
    {
        var world = fixture.World;
        var now = DateTimeOffset.UtcNow;
        var home = await MonitoringTestData.ChannelAsync(fixture.Services, world.Home.Id, "start-thuis");
        var foreign = await MonitoringTestData.ChannelAsync(fixture.Services, world.Foreign.Id, "start-elders");
        await AddMessagesAsync(home.Id, world.Home.Id,
            (Band.Hoog, ReviewStatus.Nieuw, now.AddHours(-2)),
            (Band.ZeerHoog, ReviewStatus.Nieuw, now.AddDays(-3)),
            (Band.Laag, ReviewStatus.Nieuw, now.AddHours(-1)),
            (Band.Verhoogd, ReviewStatus.Nieuw, now.AddHours(-1)),
            (Band.ZeerHoog, ReviewStatus.Bevestigd, now.AddHours(-1)),
            (Band.ZeerHoog, ReviewStatus.Nieuw, now.AddDays(-20)));
        await AddMessagesAsync(foreign.Id, world.Foreign.Id, Enumerable.Repeat((Band.ZeerHoog, ReviewStatus.Nieuw, now.AddHours(-1)), 5).ToArray());

        var client = await fixture.ClientAsync(Principal.Staff);
        var html = await client.GetStringAsync("/");

        var (href, value) = Figure(html, "/signalen?band=Hoog");
        var from = DateOnly.ParseExact(Regex.Match(href, @"van=(\d{4}-\d{2}-\d{2})").Groups[1].Value, "yyyy-MM-dd");
        var expected = await RecountAsync(world.Home.Id, from);
        Assert.True(expected >= 2, "the two serious new messages of this week are counted");
        Assert.Equal(expected, value);

        // The figure leads to exactly the rows it counts (one queue page holds them all here).
        var queue = await client.GetStringAsync(WebUtility.HtmlDecode(href));
        Assert.Equal(value, RowCount(queue));
    }

    [Fact]
    public async Task PanelsFollowTheRole()
    {
        var staff = await (await fixture.ClientAsync(Principal.Staff)).GetStringAsync("/");
        Assert.Contains("Signalen</a></h3>", staff);
        Assert.Contains("Actieplan</a></h3>", staff);
        Assert.Contains("Leren en agenda</a></h3>", staff);
        Assert.Contains("Gemeenschap en ondersteuning</a></h3>", staff);

        // A Mandataris reads the plan but not the messages; a citizen only learns.
        var official = await (await fixture.ClientAsync(Principal.Official)).GetStringAsync("/");
        Assert.DoesNotContain("Signalen</a></h3>", official);
        Assert.Contains("Actieplan</a></h3>", official);

        var citizen = await (await fixture.ClientAsync(Principal.Citizen)).GetStringAsync("/");
        Assert.Contains("Leren en agenda</a></h3>", citizen);
        Assert.DoesNotContain("Signalen</a></h3>", citizen);
        Assert.DoesNotContain("Actieplan</a></h3>", citizen);
        Assert.DoesNotContain("Gemeenschap en ondersteuning</a></h3>", citizen);

        var anonymous = await fixture.Factory.CreateBrowserClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.DoesNotContain("start-panel", await anonymous.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ActionPlanPanelCountsOverdueActionsOfTheCurrentPlan()
    {
        var world = fixture.World;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var plan = await AddPlanAsync(world.Home.Id, "Startplan thuis", (today.AddDays(-30), ActionStatus.Lopend),
            (today.AddDays(-2), ActionStatus.Gepland), (today.AddDays(-5), ActionStatus.Afgerond), (today.AddDays(40), ActionStatus.Lopend));
        await AddPlanAsync(world.Foreign.Id, "Startplan elders", Enumerable.Repeat((today.AddDays(-9), ActionStatus.Lopend), 4).ToArray());

        var html = await (await fixture.ClientAsync(Principal.Staff)).GetStringAsync("/");

        Assert.Contains("Startplan thuis", html);
        Assert.DoesNotContain("Startplan elders", html);
        Assert.Equal(2, Figure(html, $"/actieplan/{plan}#achterstallig").Value);
        Assert.Equal(2, Figure(html, $"/actieplan/{plan}#s-acties").Value);
    }

    [Fact]
    public async Task LearningPanelListsTheNextEventsTheUserMayAttendWithTheirRegistration()
    {
        var citizen = fixture.World[Principal.Citizen];
        var now = DateTimeOffset.UtcNow;
        // Far in the future, so these are the next events whatever other tests add; the earliest comes first.
        var registered = await AddEventAsync("Startdag omstaanders", now.AddYears(50), isPublic: true);
        await AddEventAsync("Startdag alleen professionals", now.AddYears(50).AddHours(1), isPublic: false);
        var cancelled = await AddEventAsync("Startdag geannuleerd", now.AddYears(50).AddHours(2), isPublic: true);
        await AddEventAsync("Startdag voorbij", now.AddDays(-3), isPublic: true);
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(new EventRegistration
            {
                Id = Guid.NewGuid(), EventId = registered, UserId = citizen.Id, Name = citizen.DisplayName, Email = citizen.Email!,
                Status = RegistrationStatus.Confirmed, RegisteredAt = now,
            });
            var gone = await db.Set<AgendaEvent>().SingleAsync(e => e.Id == cancelled);
            gone.CancelledAt = now;
            await db.SaveChangesAsync();
        }

        var html = await (await fixture.ClientAsync(Principal.Citizen)).GetStringAsync("/");
        var staff = await (await fixture.ClientAsync(Principal.Staff)).GetStringAsync("/");

        Assert.DoesNotContain("Startdag geannuleerd", html);
        Assert.DoesNotContain("Startdag voorbij", html);
        Assert.DoesNotContain("Startdag alleen professionals", html);
        Assert.Matches($"href=\"/agenda/{registered}\">Startdag omstaanders</a><span class=\"muted\"> · [^<]*u bent ingeschreven", html);
        Assert.Equal(1, Figure(html, "/agenda\"").Value);
        Assert.Contains("Startdag alleen professionals", staff);
    }

    private static (string Href, int Value) Figure(string html, string hrefStart)
    {
        var match = Regex.Match(html, "<a href=\"(" + Regex.Escape(hrefStart.TrimEnd('"')) + "[^\"]*)\"><span class=\"start-figure__value\">([0-9.]+)</span>");
        Assert.True(match.Success, $"figure linking to {hrefStart} is on the start page");
        return (match.Groups[1].Value, int.Parse(match.Groups[2].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static int RowCount(string queueHtml) => Regex.Matches(queueHtml, "<tr data-message=\"").Count;

    private async Task<int> RecountAsync(Guid municipalityId, DateOnly from)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var since = Web.Monitoring.Review.Queue.QueueParameters.LocalMidnight(from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))!.Value;
        var rows = await db.Set<Message>().IgnoreTenantFilter().AsNoTracking()
            .Where(m => m.MunicipalityId == municipalityId && m.ReviewStatus == ReviewStatus.Nieuw && m.MaxBand >= Band.Hoog)
            .Select(m => m.PublishedAt).ToListAsync();
        return rows.Count(p => p >= since);
    }

    private async Task AddMessagesAsync(Guid channelId, Guid municipalityId, params (Band Band, ReviewStatus Status, DateTimeOffset Published)[] rows)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var (band, status, published) in rows)
        {
            db.Add(new Message
            {
                MunicipalityId = municipalityId, ChannelId = channelId, Fingerprint = Guid.NewGuid().ToString("N"),
                Text = "Startpaginabericht", PublishedAt = published, ReceivedAt = published, AnalysisState = AnalysisState.Analysed,
                AnalysedAt = published, MaxBand = band, MaxScore = 0.2f + (0.2f * (int)band), ReviewStatus = status, Harmful = band >= Band.Hoog,
            });
        }

        await db.SaveChangesAsync();
    }

    private async Task<Guid> AddPlanAsync(Guid municipalityId, string title, params (DateOnly End, ActionStatus Status)[] actions)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTimeOffset.UtcNow;
        // The latest end year makes this the municipality's current plan whatever other tests created.
        var plan = new ActionPlan
        {
            Id = Guid.NewGuid(), MunicipalityId = municipalityId, Title = title, StartYear = 2098, EndYear = 2099,
            Status = PlanStatus.InUitvoering, CreatedAt = now, UpdatedAt = now,
        };
        db.Add(plan);
        var i = 0;
        foreach (var (end, status) in actions)
        {
            db.Add(new PlanAction
            {
                Id = Guid.NewGuid(), MunicipalityId = municipalityId, PlanId = plan.Id, Title = $"{title} actie {++i}",
                Start = end.AddDays(-60), End = end, Status = status,
            });
        }

        await db.SaveChangesAsync();
        return plan.Id;
    }

    private async Task<Guid> AddEventAsync(string title, DateTimeOffset starts, bool isPublic)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var e = new AgendaEvent
        {
            Id = Guid.NewGuid(), Title = title, Type = EventType.Webinar, Description = "Test", StartsAt = starts, EndsAt = starts.AddHours(1),
            OnlineUrl = "https://webinar.example.be/start", Capacity = 10, IsPublic = isPublic, CreatedAt = starts, UpdatedAt = starts,
        };
        db.Add(e);
        await db.SaveChangesAsync();
        return e.Id;
    }
}

public sealed class SqliteStartPageTests(SqliteAppFixture fixture) : StartPageTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresStartPageTests(PostgresAppFixture fixture) : StartPageTests<PostgresAppFixture>(fixture), IClassFixture<PostgresAppFixture>;
