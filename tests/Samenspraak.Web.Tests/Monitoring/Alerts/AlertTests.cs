using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Alerts;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Monitoring.Themes;

namespace Samenspraak.Web.Tests.Monitoring.Alerts;

/// <summary>An app whose mail goes to a real SMTP listener on loopback, with the background alert and theme jobs off.</summary>
public sealed class AlertSqliteFixture : SqliteAppFixture
{
    public SmtpTestServer Smtp { get; } = new();

    protected override void Configure(Dictionary<string, string?> settings) => AlertFixtureSettings.Apply(settings, Smtp);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class AlertPostgresFixture : PostgresAppFixture
{
    public SmtpTestServer Smtp { get; } = new();

    protected override void Configure(Dictionary<string, string?> settings) => AlertFixtureSettings.Apply(settings, Smtp);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

internal static class AlertFixtureSettings
{
    public static void Apply(Dictionary<string, string?> settings, SmtpTestServer smtp)
    {
        settings["Mail:Host"] = "127.0.0.1";
        settings["Mail:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Mail:UseStartTls"] = "false";
        settings["Mail:PickupDirectory"] = "";
        settings["Mail:From"] = "Samenspraak Test <noreply@test.samenspraak.local>";
        settings["Monitoring:Alerts:IntervalSeconds"] = "0";
        settings["Monitoring:Themes:IntervalSeconds"] = "0";
    }
}

/// <summary>Alert rules evaluated on real databases, delivered by SMTP and by signed webhooks with retries.</summary>
public abstract class AlertTests<TFixture>(TFixture app, Func<TFixture, SmtpTestServer> smtp) where TFixture : AppFixture
{
    private const string Hateful = "Die vuile asielzoekers zijn allemaal ratten en profiteurs, buiten met dat volk";

    private async Task<(Guid Channel, int Flagged)> HatefulMessagesAsync(int count)
    {
        var channel = await TrendsData.ChannelAsync(app.Services, app.World.Home.Id, "Alertkanaal " + Guid.NewGuid().ToString("N")[..6]);
        var now = DateTimeOffset.UtcNow;
        await TrendsData.MessagesAsync(app.Services, app.World.Home.Id, channel,
            Enumerable.Range(0, count).Select(i => ($"h{i}", now.AddMinutes(-5 - i), $"{Hateful} nummer {i}")));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var bit = Samenspraak.Web.Monitoring.Messages.MessageFlags.Of(Signal.Hate);
        var flagged = await db.Set<Samenspraak.Web.Monitoring.Messages.Message>().IgnoreTenantFilter()
            .CountAsync(m => m.ChannelId == channel && (m.Flags & bit) != 0);
        return (channel, flagged);
    }

    private async Task<AlertRule> RuleAsync(Action<AlertRule> configure, string? secret = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rule = new AlertRule
        {
            Id = Guid.NewGuid(), MunicipalityId = app.World.Home.Id, Name = "Regel " + Guid.NewGuid().ToString("N")[..6],
            Kind = AlertKind.Signal, Signal = Signal.Hate, Threshold = 2, WindowHours = 24, CreatedAt = DateTimeOffset.UtcNow,
        };
        configure(rule);
        if (secret is not null)
        {
            rule.WebhookSecretProtected = scope.ServiceProvider.GetRequiredService<AlertDelivery>().SecretProtector.Protect(secret);
        }
        db.Add(rule);
        await db.SaveChangesAsync();
        return rule;
    }

    private async Task<IReadOnlyList<AlertNotification>> EvaluateAsync(DateTimeOffset now)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlertEvaluator>().EvaluateAsync(app.World.Home.Id, now);
    }

    private async Task<AlertNotification> NotificationAsync(Guid ruleId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<AlertNotification>().IgnoreTenantFilter().AsNoTracking().SingleAsync(n => n.RuleId == ruleId);
    }

    [Fact]
    public async Task A_signal_rule_fires_once_and_delivers_by_mail_and_signed_webhook()
    {
        var (channel, flagged) = await HatefulMessagesAsync(3);
        Assert.True(flagged >= 2, "the engine must flag the test texts as hate");
        await using var hook = new WebhookListener();
        var email = $"alert-{Guid.NewGuid():N}@test.samenspraak.local";
        var rule = await RuleAsync(r => { r.ChannelId = channel; r.Email = email; r.WebhookUrl = hook.Url; }, secret: "geheim-123");

        var first = await EvaluateAsync(DateTimeOffset.UtcNow);
        var second = await EvaluateAsync(DateTimeOffset.UtcNow);

        var created = Assert.Single(first, n => n.RuleId == rule.Id);
        Assert.DoesNotContain(second, n => n.RuleId == rule.Id);
        Assert.Equal(flagged, created.Count);
        var mail = (await smtp(app).WaitForAsync(email)).Parse();
        Assert.Contains("Samenspraak-melding", mail.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("asielzoekers", mail.TextBody, StringComparison.Ordinal);
        var call = Assert.Single(hook.Calls);
        Assert.True(WebhookSigner.Verify("geheim-123", long.Parse(call.Timestamp!, System.Globalization.CultureInfo.InvariantCulture), call.Body, call.Signature));
        Assert.False(WebhookSigner.Verify("ander-geheim", long.Parse(call.Timestamp!, System.Globalization.CultureInfo.InvariantCulture), call.Body, call.Signature));
        Assert.Contains(rule.Id.ToString(), call.Body, StringComparison.Ordinal);
        var stored = await NotificationAsync(rule.Id);
        Assert.NotNull(stored.EmailedAt);
        Assert.NotNull(stored.WebhookDeliveredAt);
    }

    [Fact]
    public async Task A_failing_webhook_is_retried_with_backoff_until_it_is_delivered()
    {
        var (channel, _) = await HatefulMessagesAsync(3);
        await using var hook = new WebhookListener();
        hook.Responses.Enqueue(500);
        var rule = await RuleAsync(r => { r.ChannelId = channel; r.WebhookUrl = hook.Url; }, secret: "s");
        var now = DateTimeOffset.UtcNow;

        await EvaluateAsync(now);
        var failed = await NotificationAsync(rule.Id);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Before the backoff (1 minute after the first attempt) nothing is retried; after it, the call succeeds.
            await scope.ServiceProvider.GetRequiredService<AlertDelivery>().RetryWebhooksAsync(app.World.Home.Id, now.AddSeconds(30), default);
        }
        var waiting = await NotificationAsync(rule.Id);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AlertDelivery>().RetryWebhooksAsync(app.World.Home.Id, now.AddMinutes(2), default);
        }
        var delivered = await NotificationAsync(rule.Id);

        Assert.Equal(1, failed.WebhookAttempts);
        Assert.Null(failed.WebhookDeliveredAt);
        Assert.Equal("HTTP 500", failed.WebhookLastError);
        Assert.Equal(now.AddMinutes(1).ToUnixTimeSeconds(), failed.WebhookNextAttemptAt!.Value.ToUnixTimeSeconds());
        Assert.Equal(1, waiting.WebhookAttempts);
        Assert.Equal(2, delivered.WebhookAttempts);
        Assert.NotNull(delivered.WebhookDeliveredAt);
        Assert.Equal(2, hook.Calls.Count);
    }

    [Fact]
    public async Task A_daily_digest_collects_notifications_into_one_mail()
    {
        var (channel, _) = await HatefulMessagesAsync(3);
        var email = $"digest-{Guid.NewGuid():N}@test.samenspraak.local";
        var rule = await RuleAsync(r => { r.ChannelId = channel; r.Email = email; r.Digest = DigestFrequency.Daily; });

        await EvaluateAsync(DateTimeOffset.UtcNow);
        var beforeDigest = await NotificationAsync(rule.Id);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AlertDelivery>().SendDigestsAsync(app.World.Home.Id, DateTimeOffset.UtcNow, default);
        }

        Assert.Null(beforeDigest.EmailedAt);
        var mail = (await smtp(app).WaitForAsync(email)).Parse();
        Assert.Contains("Dagelijks overzicht", mail.Subject, StringComparison.Ordinal);
        Assert.NotNull((await NotificationAsync(rule.Id)).EmailedAt);
    }

    [Fact]
    public async Task A_spike_rule_fires_for_a_new_theme_and_the_alert_is_shown_in_the_app_but_not_to_another_municipality()
    {
        var channel = await TrendsData.ChannelAsync(app.Services, app.World.Home.Id, "Piekkanaal");
        var now = DateTimeOffset.UtcNow;
        await TrendsData.MessagesAsync(app.Services, app.World.Home.Id, channel,
            Enumerable.Range(0, 7).Select(i => ($"s{i}", now.AddMinutes(-i), $"Stroomonderbreking in de hele Stationswijk al uren #stroompannestationswijk {i}")));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ThemeUpdater>().UpdateAsync(app.World.Home.Id);
        }
        var rule = await RuleAsync(r => { r.Kind = AlertKind.Spike; r.Signal = null; r.Threshold = 5; });

        await EvaluateAsync(DateTimeOffset.UtcNow);

        // Other tests of this class may have made other themes rise too; this rule fires once for each of them.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var notifications = await db.Set<AlertNotification>().IgnoreTenantFilter().AsNoTracking().Where(n => n.RuleId == rule.Id).ToListAsync();
            var notification = Assert.Single(notifications, n => n.Title.Contains("stroompannestationswijk", StringComparison.Ordinal));
            Assert.NotNull(notification.ThemeId);
        }

        var staff = await app.ClientAsync(Principal.Staff);
        var page = await staff.GetStringAsync("/meldingen");
        Assert.Contains("stroompannestationswijk", page, StringComparison.Ordinal);
        var foreign = await app.ClientAsync(Principal.ForeignMunicipalityAdmin);
        var api = await foreign.GetStringAsync("/api/v1/alerts");
        Assert.DoesNotContain("stroompannestationswijk", api, StringComparison.Ordinal);
        var own = await staff.GetStringAsync("/api/v1/alerts");
        Assert.Contains("stroompannestationswijk", own, StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> RuleForm(AlertRule rule, int threshold, string? name = null) =>
    [
        new("Input.Name", name ?? rule.Name),
        new("Input.Kind", rule.Kind.ToString()),
        new("Input.Signal", rule.Signal?.ToString() ?? ""),
        new("Input.ThemeId", ""),
        new("Input.ChannelId", rule.ChannelId?.ToString() ?? ""),
        new("Input.Threshold", threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Input.WindowHours", rule.WindowHours.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Input.Email", rule.Email ?? ""),
        new("Input.Digest", rule.Digest.ToString()),
        new("Input.WebhookUrl", rule.WebhookUrl ?? ""),
        new("Input.WebhookSecret", ""),
    ];

    private async Task<AlertRule?> StoredRuleAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<AlertRule>().IgnoreTenantFilter().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
    }

    [Fact]
    public async Task A_paused_rule_does_not_fire_and_fires_again_once_resumed()
    {
        var (channel, _) = await HatefulMessagesAsync(3);
        var rule = await RuleAsync(r => r.ChannelId = channel);
        var staff = await app.ClientAsync(Principal.Staff);
        var path = $"/meldingen/regels/{rule.Id}";

        var paused = await Pages.PageForm.SubmitAsync(staff, path, "id=\"regel-pauzeren\"", []);
        Assert.Contains("is gepauzeerd", Pages.PageForm.Text(await Pages.PageForm.FollowAsync(staff, paused)));
        Assert.False((await StoredRuleAsync(rule.Id))!.Active);
        Assert.DoesNotContain(await EvaluateAsync(DateTimeOffset.UtcNow), n => n.RuleId == rule.Id);
        Assert.Contains("Gepauzeerd", await staff.GetStringAsync("/meldingen"), StringComparison.Ordinal);

        await Pages.PageForm.SubmitAsync(staff, path, "id=\"regel-pauzeren\"", []);
        Assert.True((await StoredRuleAsync(rule.Id))!.Active);
        Assert.Contains(await EvaluateAsync(DateTimeOffset.UtcNow), n => n.RuleId == rule.Id);
    }

    [Fact]
    public async Task An_edited_threshold_applies_and_invalid_edits_are_refused_in_Dutch()
    {
        var (channel, flagged) = await HatefulMessagesAsync(3);
        var rule = await RuleAsync(r => { r.ChannelId = channel; r.Threshold = 50; });
        var staff = await app.ClientAsync(Principal.Staff);
        var path = $"/meldingen/regels/{rule.Id}";
        Assert.DoesNotContain(await EvaluateAsync(DateTimeOffset.UtcNow), n => n.RuleId == rule.Id);

        var invalid = await Pages.PageForm.SubmitAsync(staff, path, "id=\"regel-wijzigen\"", RuleForm(rule, threshold: 0));
        Assert.Equal(System.Net.HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("moet tussen 1 en 100000 liggen", Pages.PageForm.Text(await invalid.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(50, (await StoredRuleAsync(rule.Id))!.Threshold);
        var badMail = await Pages.PageForm.SubmitAsync(staff, path, "id=\"regel-wijzigen\"",
            [.. RuleForm(rule, threshold: 2).Where(f => f.Key != "Input.Email"), new("Input.Email", "geen-adres")]);
        Assert.Contains("Het e-mailadres is niet geldig", Pages.PageForm.Text(await badMail.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(50, (await StoredRuleAsync(rule.Id))!.Threshold);

        var saved = await Pages.PageForm.SubmitAsync(staff, path, "id=\"regel-wijzigen\"", RuleForm(rule, threshold: 2, name: "Haat (bijgesteld)"));
        Assert.True(saved.StatusCode == System.Net.HttpStatusCode.Found,
            System.Text.RegularExpressions.Regex.Match(Pages.PageForm.Text(await saved.Content.ReadAsStringAsync()), "id=\"regel-wijzigen\".{0,1500}", System.Text.RegularExpressions.RegexOptions.Singleline).Value);
        var stored = (await StoredRuleAsync(rule.Id))!;
        Assert.Equal(2, stored.Threshold);
        Assert.Equal("Haat (bijgesteld)", stored.Name);
        Assert.Equal(channel, stored.ChannelId);
        var fired = Assert.Single(await EvaluateAsync(DateTimeOffset.UtcNow), n => n.RuleId == rule.Id);
        Assert.Equal(flagged, fired.Count);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = rule.Id.ToString();
        Assert.True(await db.AuditEntries.IgnoreTenantFilter().AsNoTracking().AnyAsync(a => a.EntityId == id && a.UserId == app.World[Principal.Staff].Id));
    }

    [Fact]
    public async Task A_rule_is_deleted_only_after_confirmation_with_its_notifications()
    {
        var (channel, _) = await HatefulMessagesAsync(3);
        var rule = await RuleAsync(r => r.ChannelId = channel);
        await EvaluateAsync(DateTimeOffset.UtcNow);
        var staff = await app.ClientAsync(Principal.Staff);
        var path = $"/meldingen/regels/{rule.Id}";

        var page = Pages.PageForm.Text(await Pages.PageForm.HtmlAsync(staff, path));
        Assert.DoesNotContain("id=\"regel-verwijderen-bevestigen\"", page, StringComparison.Ordinal);
        var confirm = Pages.PageForm.Text(await Pages.PageForm.HtmlAsync(staff, path + "?verwijderen=1"));
        Assert.Contains("en zijn 1 melding(en) worden definitief verwijderd", confirm, StringComparison.Ordinal);
        Assert.NotNull(await StoredRuleAsync(rule.Id));

        var deleted = await Pages.PageForm.SubmitAsync(staff, path + "?verwijderen=1", "id=\"regel-verwijderen-bevestigen\"", []);

        Assert.Contains("is verwijderd", Pages.PageForm.Text(await Pages.PageForm.FollowAsync(staff, deleted)), StringComparison.Ordinal);
        Assert.Null(await StoredRuleAsync(rule.Id));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Set<AlertNotification>().IgnoreTenantFilter().AnyAsync(n => n.RuleId == rule.Id));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await staff.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Another_municipality_gets_404_for_a_rule_and_cannot_pause_or_delete_it()
    {
        var rule = await RuleAsync(_ => { });
        var foreign = await app.ClientAsync(Principal.ForeignMunicipalityAdmin);
        var staff = await app.ClientAsync(Principal.Staff);
        var path = $"/meldingen/regels/{rule.Id}";
        // A real antiforgery token of a page the foreign admin may open, posted to the foreign rule.
        var own = await Pages.PageForm.HtmlAsync(foreign, "/meldingen");
        var token = System.Text.RegularExpressions.Regex.Match(own, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await foreign.GetAsync(path)).StatusCode);
        var post = await foreign.PostAsync(path + "?verwijderen=1", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("_handler", "verwijderen")]));
        Assert.NotEqual(System.Net.HttpStatusCode.Found, post.StatusCode);
        var pause = await foreign.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("_handler", "pauzeren")]));
        Assert.NotEqual(System.Net.HttpStatusCode.Found, pause.StatusCode);

        var stored = await StoredRuleAsync(rule.Id);
        Assert.NotNull(stored);
        Assert.True(stored.Active);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await staff.GetAsync(path)).StatusCode);
    }
}

public sealed class SqliteAlertTests(AlertSqliteFixture app) : AlertTests<AlertSqliteFixture>(app, f => f.Smtp), IClassFixture<AlertSqliteFixture>;

public sealed class PostgresAlertTests(AlertPostgresFixture app) : AlertTests<AlertPostgresFixture>(app, f => f.Smtp), IClassFixture<AlertPostgresFixture>;
