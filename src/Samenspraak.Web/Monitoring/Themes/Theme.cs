using Samenspraak.Analysis.Themes;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Themes;

/// <summary>
/// A group of messages of one municipality that share key phrases (see docs/trends.md). The clustering state
/// (key counts) is stored as JSON so the background job can continue incrementally; the trend status is the
/// Poisson burst verdict of the latest evaluated day and week.
/// </summary>
public class Theme : IMunicipalityOwned, IDerivedData
{
    public long Id { get; set; }

    public Guid MunicipalityId { get; set; }

    /// <summary>The clusterer's theme number within the municipality (stable; used to restore the state).</summary>
    public long Number { get; set; }

    /// <summary>Short label from the heaviest keys ("#circulatieplan · handelaars").</summary>
    public string Label { get; set; } = "";

    /// <summary>Key → count in this theme's messages, as JSON.</summary>
    public string KeyCountsJson { get; set; } = "{}";

    public int MessageCount { get; set; }

    public int HarmfulCount { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public TrendStatus DailyStatus { get; set; }

    public TrendStatus WeeklyStatus { get; set; }

    /// <summary>Count of the latest evaluated day and the Poisson expectation and tail probability behind the status.</summary>
    public int DailyObserved { get; set; }

    public double DailyExpected { get; set; }

    public double DailyPValue { get; set; } = 1;

    /// <summary>The day (Belgian time) the statuses were computed for.</summary>
    public DateOnly? EvaluatedDay { get; set; }
}

/// <summary>Membership of one message in one theme.</summary>
public class ThemeMessage : IMunicipalityOwned
{
    public long Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public long ThemeId { get; set; }

    public long MessageId { get; set; }
}

/// <summary>Messages of a theme per day (Belgian time): the series behind charts and the burst model.</summary>
public class ThemeDailyCount : IMunicipalityOwned, IDerivedData
{
    public long Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public long ThemeId { get; set; }

    public DateOnly Day { get; set; }

    public int Count { get; set; }

    public int HarmfulCount { get; set; }
}

/// <summary>Per municipality: where the theme job stopped, and the key document frequencies of its clusterer.</summary>
public class ThemeClusterState : IMunicipalityOwned, IDerivedData
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    /// <summary>Highest message id already assigned (messages are taken in id order).</summary>
    public long LastMessageId { get; set; }

    public long Documents { get; set; }

    public string DocumentFrequencyJson { get; set; } = "{}";

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>What kind of pattern a <see cref="ThemeFinding"/> records.</summary>
public enum FindingKind
{
    Campaign = 0,
    Harassment = 1,
    AbusiveAuthor = 2,
    Exposing = 3,
}

/// <summary>
/// A detected coordinated campaign, harassed person, "pestaccount" or exposing event in the recent window,
/// attached to the theme most of its messages belong to (null when they belong to none).
/// <see cref="Subject"/> is a folded person cue or an author pseudonym — never a raw handle.
/// </summary>
public class ThemeFinding : IMunicipalityOwned
{
    public long Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public long? ThemeId { get; set; }

    public FindingKind Kind { get; set; }

    public string? Subject { get; set; }

    public int MessageCount { get; set; }

    public int DistinctAuthors { get; set; }

    /// <summary>Up to 50 message ids, as JSON.</summary>
    public string MessageIdsJson { get; set; } = "[]";

    public DateTimeOffset StartAt { get; set; }

    public DateTimeOffset EndAt { get; set; }

    public DateTimeOffset DetectedAt { get; set; }
}
