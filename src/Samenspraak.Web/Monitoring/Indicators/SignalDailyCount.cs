using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Analysis;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Indicators;

/// <summary>
/// Analysed messages of one municipality and day (Belgian time): the total, the harmful ones, and per signal the
/// flagged ones. Kept by the theme job as it walks the messages, so the dashboard and the indicators read a few
/// hundred rows instead of a million messages, and the figures survive the retention purge of message texts.
/// </summary>
public class SignalDailyCount : IMunicipalityOwned
{
    public long Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public DateOnly Day { get; set; }

    public int Total { get; set; }

    public int Harmful { get; set; }

    public int Hate { get; set; }

    public int Toxicity { get; set; }

    public int Threat { get; set; }

    public int Dehumanisation { get; set; }

    public int Polarisation { get; set; }

    public int Doxxing { get; set; }

    public int Disinformation { get; set; }

    public int Flagged(Signal signal) => signal switch
    {
        Signal.Hate => Hate,
        Signal.Toxicity => Toxicity,
        Signal.Threat => Threat,
        Signal.Dehumanisation => Dehumanisation,
        Signal.Polarisation => Polarisation,
        Signal.Doxxing => Doxxing,
        Signal.Disinformation => Disinformation,
        _ => throw new ArgumentOutOfRangeException(nameof(signal)),
    };

    public void Add(bool harmful, Func<Signal, bool> flagged)
    {
        Total++;
        Harmful += harmful ? 1 : 0;
        Hate += flagged(Signal.Hate) ? 1 : 0;
        Toxicity += flagged(Signal.Toxicity) ? 1 : 0;
        Threat += flagged(Signal.Threat) ? 1 : 0;
        Dehumanisation += flagged(Signal.Dehumanisation) ? 1 : 0;
        Polarisation += flagged(Signal.Polarisation) ? 1 : 0;
        Doxxing += flagged(Signal.Doxxing) ? 1 : 0;
        Disinformation += flagged(Signal.Disinformation) ? 1 : 0;
    }
}

internal sealed class SignalDailyCountConfiguration : IEntityTypeConfiguration<SignalDailyCount>
{
    public void Configure(EntityTypeBuilder<SignalDailyCount> builder)
    {
        builder.ToTable("SignalDailyCounts");
        builder.HasIndex(c => new { c.MunicipalityId, c.Day }).IsUnique();
    }
}
