using Microsoft.EntityFrameworkCore;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Review.Calibration;

/// <summary>Per signal: the engine's own quality on the reviewed messages and the proposed threshold.</summary>
public sealed record SignalCalibration(Signal Signal, RuleQuality Engine, ThresholdProposal Proposal, float? Applied);

public sealed record CalibrationReport(IReadOnlyList<SignalCalibration> Signals, bool Enabled, DateTimeOffset? ChangedAt);

/// <summary>
/// Computes the threshold calibration of the current municipality from its reviewed messages (status Bevestigd or
/// Afgewezen with reviewer labels), and switches the applied calibration on or off. Only scores, flags and labels
/// are read; never text.
/// </summary>
public sealed class CalibrationService(AppDbContext db, ITenantContext tenant, IAuditLog audit, TimeProvider clock)
{
    /// <summary>At most this many of the most recent reviewed messages count (keeps the page fast, follows drift).</summary>
    public const int SampleLimit = 20_000;

    public async Task<CalibrationReport> ReportAsync(CancellationToken ct = default)
    {
        var reviewed = await db.Set<Message>().AsNoTracking()
            .Where(m => m.Labels != null && m.AnalysisState == AnalysisState.Analysed
                && (m.ReviewStatus == ReviewStatus.Bevestigd || m.ReviewStatus == ReviewStatus.Afgewezen))
            .OrderByDescending(m => m.Id)
            .Take(SampleLimit)
            .Select(SignalColumns.WithScores((m, scores) => new ReviewedScores(scores, m.Flags, m.Labels!.Value)))
            .ToListAsync(ct);
        var current = await CurrentAsync(ct);
        var applied = current is { Enabled: true } ? current.ParseThresholds() : new Dictionary<Signal, float>();
        var rows = new List<SignalCalibration>();
        foreach (var signal in Analysis.Signals.All)
        {
            var sample = reviewed.Select(r => new LabelledScore(r.Score(signal), r.Labels.Has(signal))).ToList();
            var engine = ThresholdCalibrator.Measure(reviewed.Select(r => (r.Flags.Has(signal), r.Labels.Has(signal))));
            rows.Add(new SignalCalibration(signal, engine, ThresholdCalibrator.Propose(sample),
                applied.TryGetValue(signal, out var t) ? t : null));
        }

        return new CalibrationReport(rows, current?.Enabled == true, current?.ChangedAt);
    }

    /// <summary>The applied thresholds of the current municipality, or an empty map when calibration is off.</summary>
    public async Task<IReadOnlyDictionary<Signal, float>> AppliedAsync(CancellationToken ct = default)
    {
        var current = await CurrentAsync(ct);
        return current is { Enabled: true } ? current.ParseThresholds() : new Dictionary<Signal, float>();
    }

    /// <summary>Freezes the current proposals (signals without one keep the engine's flags) and switches them on.</summary>
    public async Task<int> EnableAsync(CancellationToken ct = default)
    {
        var report = await ReportAsync(ct);
        var thresholds = report.Signals
            .Where(s => s.Proposal.Threshold is not null)
            .Select(s => KeyValuePair.Create(s.Signal, s.Proposal.Threshold!.Value))
            .ToList();
        var row = await TrackedAsync(ct);
        row.Enabled = thresholds.Count > 0;
        row.Thresholds = ReviewCalibration.FormatThresholds(thresholds);
        row.ChangedAt = clock.GetUtcNow();
        row.ChangedByUserId = tenant.UserId;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(ReviewAuditActions.CalibrationEnabled, nameof(ReviewCalibration), row.Id.ToString(), row.Thresholds, ct: ct);
        return thresholds.Count;
    }

    public async Task DisableAsync(CancellationToken ct = default)
    {
        var row = await TrackedAsync(ct);
        row.Enabled = false;
        row.ChangedAt = clock.GetUtcNow();
        row.ChangedByUserId = tenant.UserId;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(ReviewAuditActions.CalibrationDisabled, nameof(ReviewCalibration), row.Id.ToString(), ct: ct);
    }

    private Task<ReviewCalibration?> CurrentAsync(CancellationToken ct) =>
        db.Set<ReviewCalibration>().AsNoTracking().FirstOrDefaultAsync(ct);

    private async Task<ReviewCalibration> TrackedAsync(CancellationToken ct)
    {
        var row = await db.Set<ReviewCalibration>().FirstOrDefaultAsync(ct);
        if (row is null)
        {
            row = new ReviewCalibration { Id = Guid.NewGuid() };
            db.Add(row);
        }

        return row;
    }

    private sealed record ReviewedScores(float[] Scores, SignalFlags Flags, SignalFlags Labels)
    {
        public float Score(Signal signal) => Scores[(int)signal];
    }
}
