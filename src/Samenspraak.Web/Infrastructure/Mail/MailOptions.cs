namespace Samenspraak.Web.Infrastructure.Mail;

/// <summary>The <c>Mail</c> configuration section.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Upgrade the connection with STARTTLS (required when true). Port 465 always uses TLS from the start.</summary>
    public bool UseStartTls { get; set; } = true;

    public string? User { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "Samenspraak <no-reply@samenspraak.local>";

    /// <summary>
    /// When set, mails are written as .eml files into this folder (relative to the content root) instead of being
    /// sent. It is the default whenever no <see cref="Host"/> is configured, so a fresh install never loses a mail.
    /// </summary>
    public string? PickupDirectory { get; set; }
}
