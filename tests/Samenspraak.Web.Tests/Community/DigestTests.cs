using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Community.Digest;
using Samenspraak.Web.Community.Notifications;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Community;

/// <summary>The application with mail going to a real SMTP listener; the periodic digest job is off so the test drives the sender.</summary>
public interface ISmtpFixture
{
    SmtpTestServer Smtp { get; }
}

public sealed class DigestSqliteFixture : SqliteAppFixture, ISmtpFixture
{
    public SmtpTestServer Smtp { get; } = new();

    protected override void Configure(Dictionary<string, string?> settings) => DigestSettings.Apply(settings, Smtp);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class DigestPostgresFixture : PostgresAppFixture, ISmtpFixture
{
    public SmtpTestServer Smtp { get; } = new();

    protected override void Configure(Dictionary<string, string?> settings) => DigestSettings.Apply(settings, Smtp);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

internal static class DigestSettings
{
    public static void Apply(Dictionary<string, string?> settings, SmtpTestServer smtp)
    {
        settings["Mail:Host"] = "127.0.0.1";
        settings["Mail:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
        settings["Mail:UseStartTls"] = "false";
        settings["Mail:PickupDirectory"] = "";
        settings["Mail:From"] = "Samenspraak Test <noreply@test.samenspraak.local>";
        settings["Community:DigestEnabled"] = "false";
        settings["Samenspraak:PublicBaseUrl"] = "https://samenspraak.test";
    }
}

/// <summary>
/// The e-mail digest of new questions on followed themes: chosen on the notifications page, sent over SMTP when due,
/// only once per period (also when two runs race), and extensible by other modules through IDigestContributor.
/// </summary>
public abstract class DigestTests<TFixture>(TFixture app) where TFixture : AppFixture, ISmtpFixture
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private Task<int> SendDueAsync(DateTimeOffset now) => WithScopeAsync(s => s.GetRequiredService<DigestSender>().SendDueAsync(now, Ct));

    [Fact]
    public async Task ADailyDigestListsNewQuestionsOnFollowedThemesOnceOverSmtp()
    {
        var curator = await app.ClientAsync(Principal.Curator);
        await PageForm.SubmitAsync(curator, "/gemeenschap?thema=desinformatie", "id=\"thema-volgen\"", []);
        var chosen = await PageForm.SubmitAsync(curator, "/gemeenschap/meldingen", "id=\"samenvatting\"", [new("frequentie", "Daily")]);
        Assert.Contains("Je keuze voor de samenvatting is bewaard.", PageForm.Text(await PageForm.FollowAsync(curator, chosen)), StringComparison.Ordinal);

        var followed = (await WithScopeAsync(s => s.GetRequiredService<CommunityService>().AskAsync(CommunityActors.Of(app.World, Principal.Staff),
            "Hoe weerleggen we een vals gerucht over de nieuwe moskee?", "Het gerucht gaat rond in een buurtgroep.", "desinformatie", Ct))).Id!.Value;
        await WithScopeAsync(s => s.GetRequiredService<CommunityService>().AskAsync(CommunityActors.Of(app.World, Principal.Staff),
            "Wie organiseert een netwerkmoment over samenleven?", "We zoeken sprekers.", "polarisatie", Ct));

        // Not yet due an hour later; due a day later, and then only once, even when two runs race.
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(0, await SendDueAsync(now.AddHours(1)));
        var runs = await Task.WhenAll(SendDueAsync(now.AddDays(1).AddMinutes(1)), SendDueAsync(now.AddDays(1).AddMinutes(1)));
        Assert.Equal(1, runs.Sum());

        var recipient = TestWorld.EmailOf(Principal.Curator);
        var mail = (await app.Smtp.WaitForAsync(recipient)).Parse();
        Assert.Equal(1, app.Smtp.Messages.Count(m => m.Recipients.Contains(recipient, StringComparer.OrdinalIgnoreCase)));
        Assert.Contains("Samenspraak: 1 nieuwe items", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Hoe weerleggen we een vals gerucht over de nieuwe moskee?", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://samenspraak.test/gemeenschap/vragen/{followed}", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("netwerkmoment", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingNewMeansNoMailAndAWeeklyDigestWaitsAWeek()
    {
        var weekly = app.World[Principal.Partner].Id;
        var daily = app.World[Principal.Moderator].Id;
        var start = DateTimeOffset.UtcNow;
        await WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            db.Set<DigestPreference>().Add(new DigestPreference { UserId = weekly, Frequency = DigestFrequency.Weekly, LastSentAt = start });
            db.Set<Follow>().Add(new Follow { UserId = weekly, ThemeSlug = "radicalisering", CreatedAt = start });
            db.Set<DigestPreference>().Add(new DigestPreference { UserId = daily, Frequency = DigestFrequency.Daily, LastSentAt = start });
            db.Set<Follow>().Add(new Follow { UserId = daily, ThemeSlug = "extremisme", CreatedAt = start });
            return await db.SaveChangesAsync(Ct);
        });
        await WithScopeAsync(s => s.GetRequiredService<CommunityService>().AskAsync(CommunityActors.Of(app.World, Principal.Staff),
            "Hoe herkennen we signalen van radicalisering bij jongeren?", "Welke opleiding raden jullie aan?", "radicalisering", Ct));

        // Three days on: the daily digest is due but has nothing new (no empty mail); the weekly one is not due yet.
        Assert.Equal(0, await SendDueAsync(start.AddDays(3)));
        Assert.DoesNotContain(app.Smtp.Messages, m => m.Recipients.Contains(TestWorld.EmailOf(Principal.Moderator), StringComparer.OrdinalIgnoreCase));
        Assert.DoesNotContain(app.Smtp.Messages, m => m.Recipients.Contains(TestWorld.EmailOf(Principal.Partner), StringComparer.OrdinalIgnoreCase));

        Assert.Equal(1, await SendDueAsync(start.AddDays(7).AddMinutes(1)));
        Assert.Contains("radicalisering bij jongeren", (await app.Smtp.WaitForAsync(TestWorld.EmailOf(Principal.Partner))).Parse().TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherModulesAddItemsThroughTheContributorInterface()
    {
        var user = app.World[Principal.Official].Id;
        var start = DateTimeOffset.UtcNow;
        await WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            db.Set<DigestPreference>().Add(new DigestPreference { UserId = user, Frequency = DigestFrequency.Daily, LastSentAt = start });
            return await db.SaveChangesAsync(Ct);
        });

        var extra = new FixedContributor(user);
        await using var scope = app.Services.CreateAsyncScope();
        var sender = ActivatorUtilities.CreateInstance<DigestSender>(scope.ServiceProvider,
            (IEnumerable<IDigestContributor>)[.. scope.ServiceProvider.GetServices<IDigestContributor>(), extra]);
        Assert.Equal(1, await sender.SendDueAsync(start.AddDays(2), Ct));

        var mail = (await app.Smtp.WaitForAsync(TestWorld.EmailOf(Principal.Official))).Parse();
        Assert.Contains("Nieuwe evenementen", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://samenspraak.test/agenda/1", mail.TextBody, StringComparison.Ordinal);
        Assert.True(extra.Since is { } since && (since - start).Duration() < TimeSpan.FromMilliseconds(1));
    }

    /// <summary>A contributor as another module would write one (e.g. Learning's events on followed themes).</summary>
    private sealed class FixedContributor(Guid forUser) : IDigestContributor
    {
        public DateTimeOffset? Since { get; private set; }

        public Task<IReadOnlyList<DigestItem>> ItemsSinceAsync(DigestRecipient recipient, DateTimeOffset since, CancellationToken ct)
        {
            Since = since;
            IReadOnlyList<DigestItem> items = recipient.UserId == forUser ? [new DigestItem("Nieuwe evenementen", "Webinar omstaanders", "/agenda/1")] : [];
            return Task.FromResult(items);
        }
    }
}

public sealed class SqliteDigestTests(DigestSqliteFixture app) : DigestTests<DigestSqliteFixture>(app), IClassFixture<DigestSqliteFixture>;

public sealed class PostgresDigestTests(DigestPostgresFixture app) : DigestTests<DigestPostgresFixture>(app), IClassFixture<DigestPostgresFixture>;
