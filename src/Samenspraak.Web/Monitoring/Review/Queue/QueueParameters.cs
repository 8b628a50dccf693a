using System.Globalization;
using Samenspraak.Analysis;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.Web.Monitoring.Review.Queue;

/// <summary>
/// The queue's query string (a GET form, so a filtered queue can be bookmarked) turned into a <see cref="MessageFilter"/>.
/// Unknown values are reported in Dutch and left out instead of failing the page. The theme ("thema") is not part of
/// the shared <see cref="MessageFilter"/>: it is a membership in the Themes tables, applied by <see cref="ReviewQueue"/>
/// through <see cref="QueueRequest.ThemeId"/>.
/// </summary>
public sealed record QueueParameters(
    string? Signal, string? Band, string? Channel, string? From, string? To, string? Status, string? TargetGroup, string? Sort, string? After,
    string? Theme = null)
{
    public const string AllStatuses = "alle";
    public const string SortRecent = "recent";

    private static readonly TimeZoneInfo Belgium = FindBelgium();

    public (MessageFilter Filter, QueueCursor? After, IReadOnlyList<string> Errors) Parse()
    {
        var text = Resources.ReviewText.Text;
        var errors = new List<string>();
        var filter = new MessageFilter
        {
            Sort = string.Equals(Sort, SortRecent, StringComparison.Ordinal) ? MessageSort.Recency : MessageSort.Severity,
        };
        if (!string.IsNullOrEmpty(Signal))
        {
            if (Analysis.Signals.TryParse(Signal, out var signal)) filter = filter with { Signal = signal };
            else errors.Add(text["Filter.Invalid.Signal"]);
        }

        if (!string.IsNullOrEmpty(Band))
        {
            if (Enum.TryParse<Band>(Band, ignoreCase: false, out var band) && Enum.IsDefined(band)) filter = filter with { MinBand = band };
            else errors.Add(text["Filter.Invalid.Band"]);
        }

        if (!string.IsNullOrEmpty(Channel))
        {
            if (Guid.TryParse(Channel, out var channel)) filter = filter with { ChannelId = channel };
            else errors.Add(text["Filter.Invalid.Channel"]);
        }

        if (!string.IsNullOrEmpty(From))
        {
            if (LocalMidnight(From) is { } from) filter = filter with { From = from };
            else errors.Add(text["Filter.Invalid.From"]);
        }

        if (!string.IsNullOrEmpty(To))
        {
            // "tot en met": the end date is included, so the bound is the next midnight.
            if (LocalMidnight(To) is { } to) filter = filter with { To = to.AddDays(1) };
            else errors.Add(text["Filter.Invalid.To"]);
        }

        if (filter.From is { } f && filter.To is { } t && t <= f)
        {
            errors.Add(text["Filter.Invalid.Period"]);
            filter = filter with { To = null };
        }

        // The default view is the work still to do: status Nieuw.
        if (string.IsNullOrEmpty(Status))
        {
            filter = filter with { Status = ReviewStatus.Nieuw };
        }
        else if (Status != AllStatuses)
        {
            if (Enum.TryParse<ReviewStatus>(Status, ignoreCase: false, out var status) && Enum.IsDefined(status)) filter = filter with { Status = status };
            else errors.Add(text["Filter.Invalid.Status"]);
        }

        if (!string.IsNullOrEmpty(TargetGroup))
        {
            if (TargetGroups.TryParse(TargetGroup, out var group)) filter = filter with { TargetGroup = group };
            else errors.Add(text["Filter.Invalid.TargetGroup"]);
        }

        if (!string.IsNullOrEmpty(Theme) && ThemeId is null)
        {
            errors.Add(text["Filter.Invalid.Theme"]);
        }

        return (filter, QueueCursor.Parse(After, filter.Sort), errors);
    }

    /// <summary>The theme id of "thema=", or null when absent or not a positive number.</summary>
    public long? ThemeId =>
        long.TryParse(Theme, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    /// <summary>The names of the filters that are set (for the chips), in the order of the form.</summary>
    public IEnumerable<string> ActiveFilters()
    {
        if (!string.IsNullOrEmpty(Theme)) yield return "thema";
        if (!string.IsNullOrEmpty(Signal)) yield return "signaal";
        if (!string.IsNullOrEmpty(Band)) yield return "band";
        if (!string.IsNullOrEmpty(Channel)) yield return "kanaal";
        if (!string.IsNullOrEmpty(From)) yield return "van";
        if (!string.IsNullOrEmpty(To)) yield return "tot";
        if (!string.IsNullOrEmpty(TargetGroup)) yield return "doelgroep";
    }

    /// <summary>These parameters without one filter (by its query name), back on the first page: a chip's remove link.</summary>
    public QueueParameters Without(string name) => name switch
    {
        "thema" => this with { Theme = null, After = null },
        "signaal" => this with { Signal = null, After = null },
        "band" => this with { Band = null, After = null },
        "kanaal" => this with { Channel = null, After = null },
        "van" => this with { From = null, After = null },
        "tot" => this with { To = null, After = null },
        "doelgroep" => this with { TargetGroup = null, After = null },
        _ => this with { After = null },
    };

    /// <summary>Midnight of a yyyy-MM-dd date in Belgian time, as UTC.</summary>
    public static DateTimeOffset? LocalMidnight(string value)
    {
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Belgium.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The query string of this filter with another cursor (null: back to the first page).</summary>
    public string Query(string? after)
    {
        var pairs = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) pairs.Add(string.Concat(name, "=", Uri.EscapeDataString(value)));
        }

        Add("signaal", Signal);
        Add("band", Band);
        Add("kanaal", Channel);
        Add("van", From);
        Add("tot", To);
        Add("status", Status);
        Add("doelgroep", TargetGroup);
        Add("thema", Theme);
        Add("sortering", Sort);
        Add("na", after);
        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }

    private static TimeZoneInfo FindBelgium()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
