using System.ComponentModel.DataAnnotations;
using Samenspraak.Web.Monitoring.Resources;

namespace Samenspraak.Web.Monitoring.Channels;

/// <summary>The create/edit form of a channel. Feed fields are required only for the types that poll.</summary>
public sealed class ChannelInput : IValidatableObject
{
    public const int MinInterval = 5;
    public const int MaxInterval = 1440;

    [Required(ErrorMessageResourceType = typeof(MonitoringFormText), ErrorMessageResourceName = nameof(MonitoringFormText.Required))]
    [StringLength(120, ErrorMessageResourceType = typeof(MonitoringFormText), ErrorMessageResourceName = nameof(MonitoringFormText.MaxLength))]
    [Display(Name = nameof(MonitoringFormText.Name), ResourceType = typeof(MonitoringFormText))]
    public string Name { get; set; } = "";

    [Display(Name = nameof(MonitoringFormText.Type), ResourceType = typeof(MonitoringFormText))]
    public ChannelType Type { get; set; } = ChannelType.FacebookExport;

    [StringLength(200, ErrorMessageResourceType = typeof(MonitoringFormText), ErrorMessageResourceName = nameof(MonitoringFormText.MaxLength))]
    [Display(Name = nameof(MonitoringFormText.OwnerName), ResourceType = typeof(MonitoringFormText))]
    public string? OwnerName { get; set; }

    [StringLength(2000, ErrorMessageResourceType = typeof(MonitoringFormText), ErrorMessageResourceName = nameof(MonitoringFormText.MaxLength))]
    [Display(Name = nameof(MonitoringFormText.FeedUrl), ResourceType = typeof(MonitoringFormText))]
    public string? FeedUrl { get; set; }

    [StringLength(200, ErrorMessageResourceType = typeof(MonitoringFormText), ErrorMessageResourceName = nameof(MonitoringFormText.MaxLength))]
    [Display(Name = nameof(MonitoringFormText.AccountOrHashtag), ResourceType = typeof(MonitoringFormText))]
    public string? AccountOrHashtag { get; set; }

    [Range(MinInterval, MaxInterval, ErrorMessageResourceType = typeof(MonitoringFormText), ErrorMessageResourceName = nameof(MonitoringFormText.Interval))]
    [Display(Name = nameof(MonitoringFormText.PollIntervalMinutes), ResourceType = typeof(MonitoringFormText))]
    public int PollIntervalMinutes { get; set; } = Channel.DefaultPollIntervalMinutes;

    [Display(Name = nameof(MonitoringFormText.StoreRawHandles), ResourceType = typeof(MonitoringFormText))]
    public bool StoreRawHandles { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Type.IsPolled())
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(FeedUrl))
        {
            yield return new ValidationResult(MonitoringText.Text["Channel.Validation.FeedUrlRequired"], [nameof(FeedUrl)]);
        }
        else if (!Uri.TryCreate(FeedUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult(MonitoringText.Text["Channel.Validation.FeedUrlInvalid"], [nameof(FeedUrl)]);
        }

        if (Type is ChannelType.MastodonAccount or ChannelType.MastodonHashtag && string.IsNullOrWhiteSpace(AccountOrHashtag))
        {
            yield return new ValidationResult(MonitoringText.Text["Channel.Validation.AccountRequired"], [nameof(AccountOrHashtag)]);
        }
    }

    public static ChannelInput From(Channel channel) => new()
    {
        Name = channel.Name,
        Type = channel.Type,
        OwnerName = channel.OwnerName,
        FeedUrl = channel.FeedUrl,
        AccountOrHashtag = channel.AccountOrHashtag,
        PollIntervalMinutes = channel.PollIntervalMinutes,
        StoreRawHandles = channel.StoreRawHandles,
    };

    public void ApplyTo(Channel channel, DateTimeOffset now)
    {
        var feedChanged = channel.Type != Type || !string.Equals(channel.FeedUrl, Clean(FeedUrl), StringComparison.Ordinal)
            || !string.Equals(channel.AccountOrHashtag, Clean(AccountOrHashtag), StringComparison.Ordinal);
        channel.Name = Name.Trim();
        channel.Type = Type;
        channel.OwnerName = Clean(OwnerName);
        channel.FeedUrl = Type.IsPolled() ? Clean(FeedUrl) : null;
        channel.AccountOrHashtag = Type is ChannelType.MastodonAccount or ChannelType.MastodonHashtag ? Clean(AccountOrHashtag)?.TrimStart('#') : null;
        channel.PollIntervalMinutes = PollIntervalMinutes;
        channel.StoreRawHandles = StoreRawHandles;
        channel.UpdatedAt = now;
        if (feedChanged)
        {
            // Another feed: start from scratch, poll soon.
            channel.Cursor = null;
            channel.ConsecutiveErrors = 0;
            channel.LastError = null;
            channel.NextPollAt = Type.IsPolled() ? now : null;
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
