using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Analysis;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Indicators;

/// <summary>
/// Analysed messages of one municipality and day (Belgian time): the total, the harmful ones, and per signal the
/// flagged ones. Kept by the theme job as it walks the messages, so the dashboard and the indicators read a few
/// hundred rows instead of a million messages, and the figures survive the retention purge of message texts.
/// </summary>
public class SignalDailyCount : IMunicipalityOwned, IDerivedData
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

    /// <summary>The flagged count of one signal (the column comes from <see cref="SignalColumns"/>).</summary>
    public int Flagged(Signal signal) => SignalColumns.ReadCount(this, signal);

    public void Add(bool harmful, Func<Signal, bool> flagged)
    {
        ArgumentNullException.ThrowIfNull(flagged);
        Total++;
        Harmful += harmful ? 1 : 0;
        foreach (var signal in Signals.All)
        {
            if (flagged(signal))
            {
                SignalColumns.WriteCount(this, signal, Flagged(signal) + 1);
            }
        }
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
