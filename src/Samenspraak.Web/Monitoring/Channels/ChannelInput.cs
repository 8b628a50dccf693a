using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Samenspraak.Web.Monitoring.Feeds;
using Samenspraak.Web.Monitoring.Feeds.Resources;
using Samenspraak.Web.Monitoring.Resources;

namespace Samenspraak.Web.Monitoring.Channels;

/// <summary>The create/edit form of a channel. Feed fields are required only for the types that poll.</summary>
public sealed partial class ChannelInput : IValidatableObject
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
        else if (!FeedAddressGuard.IsFetchableUrl(FeedUrl, out _))
        {
            // A user name or password in the address would be sent to the server and shown on the channel page.
            yield return new ValidationResult(FeedText.Text["Error.Scheme"], [nameof(FeedUrl)]);
        }

        if (Type is ChannelType.MastodonAccount or ChannelType.MastodonHashtag && string.IsNullOrWhiteSpace(AccountOrHashtag))
        {
            yield return new ValidationResult(MonitoringText.Text["Channel.Validation.AccountRequired"], [nameof(AccountOrHashtag)]);
        }
        else if (Type == ChannelType.MastodonHashtag && !HashtagPattern().IsMatch(AccountOrHashtag!.Trim()))
        {
            yield return new ValidationResult(FeedText.Text["Validation.Hashtag"], [nameof(AccountOrHashtag)]);
        }
        else if (Type == ChannelType.MastodonAccount && !AccountPattern().IsMatch(AccountOrHashtag!.Trim()))
        {
            yield return new ValidationResult(FeedText.Text["Validation.Account"], [nameof(AccountOrHashtag)]);
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
        var feedUrl = Type.IsPolled() ? Clean(FeedUrl) : null;
        var account = Type switch
        {
            ChannelType.MastodonHashtag => Clean(AccountOrHashtag)?.TrimStart('#'),
            ChannelType.MastodonAccount => Clean(AccountOrHashtag)?.TrimStart('@'),
            _ => null,
        };
        // Compared with what is stored, so saving an unchanged form keeps the cursor.
        var feedChanged = channel.Type != Type || !string.Equals(channel.FeedUrl, feedUrl, StringComparison.Ordinal)
            || !string.Equals(channel.AccountOrHashtag, account, StringComparison.Ordinal);
        channel.Name = Name.Trim();
        channel.Type = Type;
        channel.OwnerName = Clean(OwnerName);
        channel.FeedUrl = feedUrl;
        channel.AccountOrHashtag = account;
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

    /// <summary>A hashtag as Mastodon accepts it: letters, digits, underscores, optionally after '#'.</summary>
    [GeneratedRegex(@"^#?[\p{L}\p{N}_]{1,100}$")]
    private static partial Regex HashtagPattern();

    /// <summary>"name", "@name", "name@server.example" or a numeric account id.</summary>
    [GeneratedRegex(@"^@?[A-Za-z0-9_.\-]{1,100}(@[A-Za-z0-9.\-]{1,100})?$")]
    private static partial Regex AccountPattern();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
