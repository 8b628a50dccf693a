using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Analysis;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Review.Calibration;

/// <summary>
/// A municipality's applied threshold calibration: the thresholds the Gemeentebeheerder switched on, frozen at that
/// moment so the queue does not shift with every new decision. One row per municipality; no row means "off".
/// </summary>
public class ReviewCalibration : IMunicipalityOwned
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public bool Enabled { get; set; }

    /// <summary>"signal=threshold" pairs separated by ';' (invariant numbers), e.g. "hate=0.42;threat=0.6".</summary>
    public string Thresholds { get; set; } = "";

    public DateTimeOffset ChangedAt { get; set; }

    public Guid? ChangedByUserId { get; set; }

    public IReadOnlyDictionary<Signal, float> ParseThresholds()
    {
        var result = new Dictionary<Signal, float>();
        foreach (var pair in Thresholds.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=');
            if (parts.Length == 2 && Signals.TryParse(parts[0], out var signal)
                && float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                result[signal] = value;
            }
        }

        return result;
    }

    public static string FormatThresholds(IEnumerable<KeyValuePair<Signal, float>> thresholds) =>
        string.Join(';', thresholds.Select(t => string.Concat(t.Key.MachineName(), "=", t.Value.ToString("R", CultureInfo.InvariantCulture))));
}

internal sealed class ReviewCalibrationConfiguration : IEntityTypeConfiguration<ReviewCalibration>
{
    public void Configure(EntityTypeBuilder<ReviewCalibration> builder)
    {
        builder.ToTable("ReviewCalibrations");
        builder.Property(c => c.Thresholds).HasMaxLength(500);
        builder.HasIndex(c => c.MunicipalityId).IsUnique();
    }
}
