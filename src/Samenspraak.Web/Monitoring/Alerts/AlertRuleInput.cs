using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.DataProtection;
using Samenspraak.Analysis;
using Samenspraak.Web.Monitoring.Themes;
using Samenspraak.Web.Resources;

namespace Samenspraak.Web.Monitoring.Alerts;

/// <summary>
/// The alert-rule form of "Nieuwe meldingsregel" and of the edit page: the same fields, the same validation
/// (DataAnnotations for single fields, <see cref="Check"/> for what depends on the kind and the municipality's
/// themes and channels) and the same mapping onto an <see cref="AlertRule"/>.
/// </summary>
public sealed class AlertRuleInput
{
    [Required(ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.Required))]
    [StringLength(200, ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.MaxLength))]
    [Display(Name = nameof(FormText.Name), ResourceType = typeof(FormText))]
    public string Name { get; set; } = "";

    public AlertKind Kind { get; set; }

    public Signal? Signal { get; set; }

    public long? ThemeId { get; set; }

    public Guid? ChannelId { get; set; }

    [Range(1, 100000, ErrorMessageResourceType = typeof(AlertFormText), ErrorMessageResourceName = nameof(AlertFormText.Range))]
    [Display(Name = nameof(AlertFormText.Threshold), ResourceType = typeof(AlertFormText))]
    public int Threshold { get; set; } = 5;

    [Range(1, 24 * 31, ErrorMessageResourceType = typeof(AlertFormText), ErrorMessageResourceName = nameof(AlertFormText.Range))]
    [Display(Name = nameof(AlertFormText.WindowHours), ResourceType = typeof(AlertFormText))]
    public int WindowHours { get; set; } = 24;

    // No [EmailAddress]: the field is optional and a browser posts it as "", which that attribute refuses; see Check.
    [StringLength(320, ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.MaxLength))]
    public string? Email { get; set; }

    public DigestFrequency Digest { get; set; }

    [StringLength(2000, ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.MaxLength))]
    public string? WebhookUrl { get; set; }

    [StringLength(500, ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.MaxLength))]
    public string? WebhookSecret { get; set; }

    /// <summary>The form filled with a stored rule. The webhook secret is never shown again: empty means "keep it".</summary>
    public static AlertRuleInput From(AlertRule rule) => new()
    {
        Name = rule.Name,
        Kind = rule.Kind,
        Signal = rule.Signal,
        ThemeId = rule.ThemeId,
        ChannelId = rule.ChannelId,
        Threshold = rule.Threshold,
        WindowHours = rule.WindowHours,
        Email = rule.Email,
        Digest = rule.Digest,
        WebhookUrl = rule.WebhookUrl,
    };

    /// <summary>
    /// Dutch errors for what DataAnnotations cannot see. <paramref name="hasStoredSecret"/>: an edited rule that already
    /// has a webhook secret may leave the secret field empty.
    /// </summary>
    public IReadOnlyList<string> Check(IEnumerable<long> themeIds, IEnumerable<Guid> channelIds, bool hasStoredSecret)
    {
        var text = TrendsText.Text;
        var errors = new List<string>();
        if (Kind == AlertKind.Signal && Signal is null)
        {
            errors.Add(text["Alerts.Error.SignalRequired"]);
        }

        if (!string.IsNullOrWhiteSpace(Email) && !new EmailAddressAttribute().IsValid(Email.Trim()))
        {
            errors.Add(text["Alerts.Error.Email"]);
        }

        if (Kind == AlertKind.Theme && (ThemeId is not { } theme || !themeIds.Contains(theme)))
        {
            errors.Add(text["Alerts.Error.ThemeRequired"]);
        }

        if (ChannelId is { } channel && !channelIds.Contains(channel))
        {
            errors.Add(text["Alerts.Error.ChannelUnknown"]);
        }

        if (!string.IsNullOrWhiteSpace(WebhookUrl) && !WebhookUrlAllowed(WebhookUrl))
        {
            errors.Add(text["Alerts.Error.WebhookUrl"]);
        }

        if (!string.IsNullOrWhiteSpace(WebhookUrl) && string.IsNullOrWhiteSpace(WebhookSecret) && !hasStoredSecret)
        {
            errors.Add(text["Alerts.Error.SecretRequired"]);
        }

        return errors;
    }

    /// <summary>Copies the (checked) form onto the rule; a new secret is protected, an empty one keeps the stored secret.</summary>
    public void ApplyTo(AlertRule rule, IDataProtector secretProtector)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(secretProtector);
        rule.Name = Name.Trim();
        rule.Kind = Kind;
        rule.Signal = Kind == AlertKind.Signal ? Signal : null;
        rule.ThemeId = Kind == AlertKind.Theme ? ThemeId : null;
        rule.ChannelId = ChannelId;
        rule.Threshold = Threshold;
        rule.WindowHours = WindowHours;
        rule.Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        rule.Digest = Digest;
        if (string.IsNullOrWhiteSpace(WebhookUrl))
        {
            rule.WebhookUrl = null;
            rule.WebhookSecretProtected = null;
        }
        else
        {
            rule.WebhookUrl = WebhookUrl.Trim();
            if (!string.IsNullOrWhiteSpace(WebhookSecret))
            {
                rule.WebhookSecretProtected = secretProtector.Protect(WebhookSecret);
            }
        }
    }

    /// <summary>HTTPS anywhere; plain HTTP only to this machine (a local relay), so secrets never cross a network unencrypted.</summary>
    public static bool WebhookUrlAllowed(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u)
        && (u.Scheme == Uri.UriSchemeHttps || (u.Scheme == Uri.UriSchemeHttp && u.IsLoopback));
}
