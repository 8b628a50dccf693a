using System.Net;
using Samenspraak.Web.Infrastructure;
using Samenspraak.Web.Infrastructure.Mail;
using Samenspraak.Web.Learning.Resources;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Learning.Agenda;

/// <summary>
/// The e-mails of event registration: confirmation, waiting list, promotion, cancellation and reminder. A mail that
/// cannot be sent is logged and never undoes the registration (the page shows the status anyway).
/// </summary>
public sealed class RegistrationMails(IMailService mail, PublicUrl publicUrl, ILogger<RegistrationMails> logger)
{
    public Task RegisteredAsync(AgendaEvent e, EventRegistration r, CancellationToken ct) =>
        SendAsync(r, r.Status == RegistrationStatus.Confirmed ? "Mail.Confirmed" : "Mail.Waitlisted", e, ct);

    public Task PromotedAsync(AgendaEvent e, EventRegistration r, CancellationToken ct) => SendAsync(r, "Mail.Promoted", e, ct);

    public Task CancelledAsync(AgendaEvent e, EventRegistration r, CancellationToken ct) => SendAsync(r, "Mail.Cancelled", e, ct);

    public Task ReminderAsync(AgendaEvent e, EventRegistration r, CancellationToken ct) => SendAsync(r, "Mail.Reminder", e, ct);

    /// <summary>The date, time, place or link changed: the new details, and the .ics that updates the calendar entry.</summary>
    public Task ChangedAsync(AgendaEvent e, EventRegistration r, CancellationToken ct)
    {
        var text = LearningText.Text;
        var details = new List<string> { text.Format("Mail.Changed.When", BelgianTime.Format(e.StartsAt), BelgianTime.Format(e.EndsAt)) };
        if (!string.IsNullOrWhiteSpace(e.Location))
        {
            details.Add(text.Format("Mail.Changed.Place", e.Location));
        }

        // The link to join is for confirmed participants only, as on the event page.
        if (!string.IsNullOrWhiteSpace(e.OnlineUrl) && r.Status == RegistrationStatus.Confirmed)
        {
            details.Add(text.Format("Mail.Changed.Link", e.OnlineUrl));
        }

        details.Add(text.Format("Mail.Changed.Calendar", publicUrl.For($"/agenda/{e.Id}/agenda.ics")));
        return SendAsync(r, "Mail.Changed", e, ct, details);
    }

    public Task EventCancelledAsync(AgendaEvent e, EventRegistration r, CancellationToken ct) =>
        SendAsync(r, "Mail.EventCancelled", e, ct, [LearningText.Text.Format("Mail.EventCancelled.Reason", e.CancellationReason ?? "")]);

    private async Task SendAsync(EventRegistration r, string key, AgendaEvent e, CancellationToken ct, IReadOnlyList<string>? details = null)
    {
        var text = LearningText.Text;
        var link = publicUrl.For($"/agenda/{e.Id}");
        var when = BelgianTime.Format(e.StartsAt);
        var subject = text.Format($"{key}.Subject", e.Title);
        var body = text.Format($"{key}.Body", r.Name, e.Title, when);
        details ??= [];
        var textBody = $"{body}\n\n{string.Concat(details.Select(d => d + "\n"))}\n{link}\n";
        var htmlBody = $"<p>{WebUtility.HtmlEncode(body)}</p>"
            + (details.Count == 0 ? "" : $"<ul>{string.Concat(details.Select(d => $"<li>{WebUtility.HtmlEncode(d)}</li>"))}</ul>")
            + $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p>";
        try
        {
            await mail.SendAsync(r.Email, subject, htmlBody, textBody, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Registration mail {Key} for event {EventId} could not be sent.", key, e.Id);
        }
    }
}
