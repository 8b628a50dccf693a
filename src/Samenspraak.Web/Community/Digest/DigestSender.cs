using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Community.Notifications;
using Samenspraak.Web.Community.Resources;
using Samenspraak.Web.Infrastructure;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Mail;

namespace Samenspraak.Web.Community.Digest;

/// <summary>
/// Sends the daily and weekly e-mail digests that are due. Each recipient is claimed with a conditional update of
/// their last-sent time, so that several instances running the job at once send every digest only once; when the
/// mail fails the claim is given back and the next run tries again with the same items.
/// </summary>
public sealed class DigestSender(AppDbContext db, IEnumerable<IDigestContributor> contributors, IMailService mail, PublicUrl urls,
    ILogger<DigestSender> logger)
{
    public static TimeSpan PeriodOf(DigestFrequency frequency) => frequency == DigestFrequency.Weekly ? TimeSpan.FromDays(7) : TimeSpan.FromDays(1);

    /// <returns>The number of digests sent.</returns>
    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        // PostgreSQL keeps microseconds: the claim compares stored times, so "now" must survive the round trip unchanged.
        now = new DateTimeOffset(now.UtcTicks - now.UtcTicks % 10, TimeSpan.Zero);
        var dailyBefore = now - PeriodOf(DigestFrequency.Daily);
        var weeklyBefore = now - PeriodOf(DigestFrequency.Weekly);
        var due = await db.Set<DigestPreference>().AsNoTracking()
            .Where(p => (p.Frequency == DigestFrequency.Daily && p.LastSentAt <= dailyBefore)
                || (p.Frequency == DigestFrequency.Weekly && p.LastSentAt <= weeklyBefore))
            .ToListAsync(ct);
        var sent = 0;
        foreach (var preference in due)
        {
            if (await SendOneAsync(preference, now, ct))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendOneAsync(DigestPreference preference, DateTimeOffset now, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == preference.UserId && u.IsActive)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.MunicipalityId, u.PreferredCulture }).FirstOrDefaultAsync(ct);
        if (user?.Email is null)
        {
            return false;
        }

        var claimed = await db.Set<DigestPreference>()
            .Where(p => p.UserId == preference.UserId && p.LastSentAt == preference.LastSentAt)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastSentAt, now), ct);
        if (claimed == 0)
        {
            return false; // another instance is sending this one
        }

        var previousCulture = CultureInfo.CurrentUICulture;
        try
        {
            var culture = CultureInfo.GetCultureInfo(user.PreferredCulture ?? "nl-BE");
            CultureInfo.CurrentUICulture = culture;
            var recipient = new DigestRecipient(user.Id, user.DisplayName, user.MunicipalityId);
            var items = new List<DigestItem>();
            foreach (var contributor in contributors)
            {
                items.AddRange(await contributor.ItemsSinceAsync(recipient, preference.LastSentAt, ct));
            }

            if (items.Count == 0)
            {
                return false; // nothing new: no empty mail, and the window moves on
            }

            var (html, text) = Compose(user.DisplayName, preference.Frequency, items);
            var subject = CommunityText.Text.Format("Digest.Subject", items.Count);
            await mail.SendAsync(user.Email, subject, html, text, ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Digest for user {UserId} failed; it is retried at the next run.", preference.UserId);
            await db.Set<DigestPreference>().Where(p => p.UserId == preference.UserId && p.LastSentAt == now)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastSentAt, preference.LastSentAt), CancellationToken.None);
            return false;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previousCulture;
        }
    }

    private (string Html, string Text) Compose(string name, DigestFrequency frequency, List<DigestItem> items)
    {
        var t = CommunityText.Text;
        var encode = HtmlEncoder.Default;
        var html = new StringBuilder();
        var text = new StringBuilder();
        var intro = t.Format("Digest.Intro", name, t[$"Digest.Frequency.{frequency}"]);
        html.Append("<p>").Append(encode.Encode(intro)).Append("</p>");
        text.AppendLine(intro).AppendLine();
        foreach (var section in items.GroupBy(i => i.Section))
        {
            html.Append("<h2>").Append(encode.Encode(section.Key)).Append("</h2><ul>");
            text.AppendLine(section.Key);
            foreach (var item in section)
            {
                var url = urls.For(item.Path);
                html.Append("<li><a href=\"").Append(encode.Encode(url)).Append("\">").Append(encode.Encode(item.Title)).Append("</a>");
                text.Append("- ").Append(item.Title);
                if (item.Detail is { } detail)
                {
                    html.Append(" <small>").Append(encode.Encode(detail)).Append("</small>");
                    text.Append(" (").Append(detail).Append(')');
                }

                html.Append("</li>");
                text.AppendLine().Append("  ").AppendLine(url);
            }

            html.Append("</ul>");
            text.AppendLine();
        }

        var footer = t["Digest.Footer"];
        html.Append("<p>").Append(encode.Encode(footer)).Append(' ').Append(encode.Encode(urls.For("/gemeenschap/meldingen"))).Append("</p>");
        text.Append(footer).Append(' ').AppendLine(urls.For("/gemeenschap/meldingen"));
        return (html.ToString(), text.ToString());
    }
}
