using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Mail;
using Samenspraak.Web.Monitoring.Themes;

namespace Samenspraak.Web.Monitoring.Alerts;

/// <summary>
/// Delivers notifications: e-mail through <see cref="IMailService"/> (immediately, or as a daily/weekly digest) and
/// signed webhook POSTs with retries and exponential backoff (1, 2, 4, 8, 16 minutes; then it gives up and keeps
/// the last error for the alerts page). Works on explicit municipality ids; no signed-in user is needed.
/// </summary>
public sealed class AlertDelivery(AppDbContext db, IMailService mail, IHttpClientFactory http, IDataProtectionProvider protection, ILogger<AlertDelivery> log)
{
    public const string HttpClientName = "Samenspraak.Monitoring.Webhooks";
    public const int MaxWebhookAttempts = 6;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IDataProtector SecretProtector => protection.CreateProtector("Samenspraak.Monitoring.Alerts.WebhookSecret");

    /// <summary>Mails a notification at once (rules without digest) and makes the first webhook attempt.</summary>
    public async Task DeliverNewAsync(AlertRule rule, AlertNotification notification, DateTimeOffset now, CancellationToken ct)
    {
        if (rule.Email is { Length: > 0 } to && rule.Digest == DigestFrequency.None)
        {
            try
            {
                await mail.SendAsync(to, TrendsText.Text.Format("Alert.MailSubject", notification.Title),
                    Html(rule, [notification]), Text(rule, [notification]), ct);
                notification.EmailedAt = now;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The in-app notification stays; a later run does not resend (no mail storm after an SMTP outage).
                log.LogWarning(ex, "Alert mail for rule {Rule} failed", rule.Id);
            }
        }
        if (rule.WebhookUrl is not null)
        {
            await TryWebhookAsync(rule, notification, now, ct);
        }
    }

    /// <summary>Retries webhook calls whose backoff has passed.</summary>
    public async Task RetryWebhooksAsync(Guid municipalityId, DateTimeOffset now, CancellationToken ct)
    {
        var due = await db.Set<AlertNotification>().IgnoreTenantFilter()
            .Where(n => n.MunicipalityId == municipalityId && n.WebhookDeliveredAt == null && n.WebhookNextAttemptAt != null
                && n.WebhookNextAttemptAt <= now && n.WebhookAttempts < MaxWebhookAttempts)
            .OrderBy(n => n.Id).Take(100).ToListAsync(ct);
        foreach (var n in due)
        {
            var rule = await db.Set<AlertRule>().IgnoreTenantFilter().FirstOrDefaultAsync(r => r.Id == n.RuleId, ct);
            if (rule?.WebhookUrl is null)
            {
                n.WebhookNextAttemptAt = null;
                continue;
            }
            await TryWebhookAsync(rule, n, now, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sends the daily or weekly digest of rules whose period has passed and that have unmailed notifications.</summary>
    public async Task SendDigestsAsync(Guid municipalityId, DateTimeOffset now, CancellationToken ct)
    {
        var rules = await db.Set<AlertRule>().IgnoreTenantFilter()
            .Where(r => r.MunicipalityId == municipalityId && r.Active && r.Digest != DigestFrequency.None && r.Email != null)
            .ToListAsync(ct);
        foreach (var rule in rules)
        {
            var period = rule.Digest == DigestFrequency.Weekly ? TimeSpan.FromDays(7) : TimeSpan.FromDays(1);
            if (rule.LastDigestAt is { } last && now - last < period)
            {
                continue;
            }
            var pending = await db.Set<AlertNotification>().IgnoreTenantFilter()
                .Where(n => n.RuleId == rule.Id && n.EmailedAt == null).OrderBy(n => n.Id).ToListAsync(ct);
            rule.LastDigestAt = now;
            if (pending.Count == 0)
            {
                continue;
            }
            var subjectKey = rule.Digest == DigestFrequency.Weekly ? "Alert.DigestSubjectWeekly" : "Alert.DigestSubjectDaily";
            try
            {
                await mail.SendAsync(rule.Email!, TrendsText.Text.Format(subjectKey, rule.Name, pending.Count), Html(rule, pending), Text(rule, pending), ct);
                foreach (var n in pending)
                {
                    n.EmailedAt = now;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                rule.LastDigestAt = null;
                log.LogWarning(ex, "Alert digest for rule {Rule} failed", rule.Id);
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The JSON body of a webhook call (no message text, only the notification's own figures).</summary>
    public static string WebhookBody(AlertRule rule, AlertNotification n) => JsonSerializer.Serialize(new
    {
        id = n.Id,
        ruleId = rule.Id,
        rule = rule.Name,
        kind = rule.Kind.ToString().ToLowerInvariant(),
        title = n.Title,
        body = n.Body,
        count = n.Count,
        themeId = n.ThemeId,
        createdAt = n.CreatedAt,
    }, Json);

    private async Task TryWebhookAsync(AlertRule rule, AlertNotification n, DateTimeOffset now, CancellationToken ct)
    {
        n.WebhookAttempts++;
        try
        {
            var body = WebhookBody(rule, n);
            var timestamp = now.ToUnixTimeSeconds();
            var secret = rule.WebhookSecretProtected is null ? "" : SecretProtector.Unprotect(rule.WebhookSecretProtected);
            using var request = new HttpRequestMessage(HttpMethod.Post, rule.WebhookUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add(WebhookSigner.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookSigner.SignatureHeader, WebhookSigner.Sign(secret, timestamp, body));
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, ct);
            if (response.IsSuccessStatusCode)
            {
                n.WebhookDeliveredAt = now;
                n.WebhookNextAttemptAt = null;
                n.WebhookLastError = null;
                return;
            }
            Failed(n, now, $"HTTP {(int)response.StatusCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Security.Cryptography.CryptographicException)
        {
            Failed(n, now, ex.GetType().Name);
        }
    }

    private static void Failed(AlertNotification n, DateTimeOffset now, string error)
    {
        n.WebhookLastError = error.Length > 500 ? error[..500] : error;
        n.WebhookNextAttemptAt = n.WebhookAttempts >= MaxWebhookAttempts ? null : now.AddMinutes(Math.Pow(2, n.WebhookAttempts - 1));
    }

    private static string Text(AlertRule rule, IReadOnlyList<AlertNotification> items) =>
        TrendsText.Text.Format("Alert.MailIntro", rule.Name) + "\n\n"
        + string.Join("\n", items.Select(n => $"- {n.Title}: {n.Body}")) + "\n\n" + TrendsText.Text["Alert.MailFooter"];

    private static string Html(AlertRule rule, IReadOnlyList<AlertNotification> items)
    {
        var sb = new StringBuilder();
        sb.Append("<p>").Append(WebUtility.HtmlEncode(TrendsText.Text.Format("Alert.MailIntro", rule.Name))).Append("</p><ul>");
        foreach (var n in items)
        {
            sb.Append("<li><strong>").Append(WebUtility.HtmlEncode(n.Title)).Append("</strong>: ").Append(WebUtility.HtmlEncode(n.Body)).Append("</li>");
        }
        sb.Append("</ul><p>").Append(WebUtility.HtmlEncode(TrendsText.Text["Alert.MailFooter"])).Append("</p>");
        return sb.ToString();
    }
}
