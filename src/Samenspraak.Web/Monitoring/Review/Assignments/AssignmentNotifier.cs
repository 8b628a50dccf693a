using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Mail;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Review.Resources;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Review.Assignments;

/// <summary>One unread notice as shown in "Aan jou toegewezen".</summary>
public sealed record AssignmentNoticeView(long Id, long MessageId, string AssignedBy, DateTimeOffset CreatedAt);

/// <summary>
/// Tells a colleague that messages were assigned to them: an in-app <see cref="AssignmentNotice"/> per message and one
/// e-mail per assignment request (a bulk assignment of 30 messages is one mail). The mail carries links only — never
/// the message text or the note, which may quote it (privacy: the text stays behind the log-in and its audit).
/// A mail that cannot be sent is logged and never undoes the assignment.
/// </summary>
public sealed class AssignmentNotifier(AppDbContext db, ITenantContext tenant, IMailService mail, PublicUrl publicUrl, TimeProvider clock,
    ILogger<AssignmentNotifier> log)
{
    /// <summary>Links listed in one mail; beyond that the mail points to the filtered queue.</summary>
    public const int MaxLinksPerMail = 20;

    /// <summary>Unread notices shown on the Signalen page.</summary>
    public const int MaxShown = 20;

    /// <summary>Records the notices and mails the assignee. Assigning to yourself notifies nobody.</summary>
    public async Task AssignedAsync(Guid assigneeId, IReadOnlyCollection<long> messageIds, CancellationToken ct = default)
    {
        if (tenant.UserId is not { } by || tenant.MunicipalityId is not { } municipality || by == assigneeId || messageIds.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        db.AddRange(messageIds.Select(id => new AssignmentNotice
        {
            MunicipalityId = municipality, UserId = assigneeId, MessageId = id, AssignedByUserId = by, CreatedAt = now,
        }));
        await db.SaveChangesAsync(ct);

        var people = await db.Users.AsNoTracking().Where(u => u.Id == assigneeId || u.Id == by)
            .Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(ct);
        var assignee = people.FirstOrDefault(p => p.Id == assigneeId);
        if (assignee?.Email is not { Length: > 0 } to)
        {
            return;
        }

        var byName = people.FirstOrDefault(p => p.Id == by)?.DisplayName ?? "";
        var (subject, html, text) = Mail(byName, messageIds);
        try
        {
            await mail.SendAsync(to, subject, html, text, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Assignment mail for {Count} message(s) could not be sent.", messageIds.Count);
        }
    }

    /// <summary>The current user's unread notices, newest first, with who assigned them.</summary>
    public async Task<IReadOnlyList<AssignmentNoticeView>> UnreadAsync(CancellationToken ct = default)
    {
        if (tenant.UserId is not { } me)
        {
            return [];
        }

        var rows = await db.Set<AssignmentNotice>().AsNoTracking().Where(n => n.UserId == me && n.ReadAt == null)
            .OrderByDescending(n => n.Id).Take(MaxShown)
            .Select(n => new { n.Id, n.MessageId, n.AssignedByUserId, n.CreatedAt }).ToListAsync(ct);
        var senders = rows.Select(r => r.AssignedByUserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => senders.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return [.. rows.Select(r => new AssignmentNoticeView(r.Id, r.MessageId, names.GetValueOrDefault(r.AssignedByUserId, ""), r.CreatedAt))];
    }

    /// <summary>Marks the current user's notices read: of one message (opened it) or all of them.</summary>
    public async Task<int> MarkReadAsync(long? messageId, CancellationToken ct = default)
    {
        if (tenant.UserId is not { } me)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var notices = db.Set<AssignmentNotice>().Where(n => n.UserId == me && n.ReadAt == null);
        if (messageId is { } id)
        {
            notices = notices.Where(n => n.MessageId == id);
        }

        return await notices.ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    private (string Subject, string Html, string Text) Mail(string byName, IReadOnlyCollection<long> messageIds)
    {
        var r = ReviewText.Text;
        var links = messageIds.Take(MaxLinksPerMail)
            .Select(id => publicUrl.For("/signalen/" + id.ToString(CultureInfo.InvariantCulture))).ToList();
        var queue = publicUrl.For("/signalen?status=" + nameof(ReviewStatus.Opvolging));
        var subject = messageIds.Count == 1 ? r["Assign.MailSubjectOne"] : r.Format("Assign.MailSubjectMany", messageIds.Count);
        var intro = messageIds.Count == 1 ? r.Format("Assign.MailIntroOne", byName) : r.Format("Assign.MailIntroMany", byName, messageIds.Count);
        var more = messageIds.Count > links.Count ? r.Format("Assign.MailMore", messageIds.Count - links.Count) : null;
        var footer = r["Assign.MailFooter"];

        var text = new StringBuilder().Append(intro).Append("\n\n");
        foreach (var link in links)
        {
            text.Append(link).Append('\n');
        }

        if (more is not null)
        {
            text.Append(more).Append(' ').Append(queue).Append('\n');
        }

        text.Append('\n').Append(footer).Append('\n');

        var html = new StringBuilder().Append("<p>").Append(WebUtility.HtmlEncode(intro)).Append("</p><ul>");
        foreach (var link in links)
        {
            var encoded = WebUtility.HtmlEncode(link);
            html.Append("<li><a href=\"").Append(encoded).Append("\">").Append(encoded).Append("</a></li>");
        }

        html.Append("</ul>");
        if (more is not null)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(more)).Append(" <a href=\"").Append(WebUtility.HtmlEncode(queue)).Append("\">")
                .Append(WebUtility.HtmlEncode(queue)).Append("</a></p>");
        }

        html.Append("<p>").Append(WebUtility.HtmlEncode(footer)).Append("</p>");
        return (subject, html.ToString(), text.ToString());
    }
}
