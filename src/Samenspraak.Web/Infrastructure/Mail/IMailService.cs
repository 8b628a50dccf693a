namespace Samenspraak.Web.Infrastructure.Mail;

/// <summary>Sends e-mail over SMTP, or writes it as .eml files to the pickup directory when one is configured.</summary>
public interface IMailService
{
    Task SendAsync(string to, string subject, string htmlBody, string textBody, CancellationToken ct = default);
}
