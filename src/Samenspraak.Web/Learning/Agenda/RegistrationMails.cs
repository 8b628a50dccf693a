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

    private async Task SendAsync(EventRegistration r, string key, AgendaEvent e, CancellationToken ct)
    {
        var text = LearningText.Text;
        var link = publicUrl.For($"/agenda/{e.Id}");
        var when = BelgianTime.Format(e.StartsAt);
        var subject = text.Format($"{key}.Subject", e.Title);
        var body = text.Format($"{key}.Body", r.Name, e.Title, when);
        var textBody = $"{body}\n\n{link}\n";
        var htmlBody = $"<p>{WebUtility.HtmlEncode(body)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p>";
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
