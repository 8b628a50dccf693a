using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Analysis;
using Samenspraak.Analysis.Themes;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Themes;

namespace Samenspraak.Web.Monitoring.Alerts;

/// <summary>
/// Evaluates a municipality's active alert rules and creates at most one notification per rule and window
/// (per theme and day for spike rules), then hands new ones to <see cref="AlertDelivery"/>:
/// - signal: at least Threshold analysed messages flagged with the signal, published within the window;
/// - theme: at least Threshold messages of the theme within the window;
/// - spike: a theme is new or rising (docs/trends.md) with at least Threshold messages today.
/// A channel on the rule limits signal and theme rules to that channel.
/// </summary>
public sealed class AlertEvaluator(AppDbContext db, AlertDelivery delivery)
{
    /// <summary>Returns the notifications created by this run.</summary>
    public async Task<IReadOnlyList<AlertNotification>> EvaluateAsync(Guid municipalityId, DateTimeOffset now, CancellationToken ct = default)
    {
        var rules = await db.Set<AlertRule>().IgnoreTenantFilter()
            .Where(r => r.MunicipalityId == municipalityId && r.Active).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        var created = new List<(AlertRule Rule, AlertNotification Notification)>();
        foreach (var rule in rules)
        {
            foreach (var candidate in await CandidatesAsync(rule, now, ct))
            {
                var exists = await db.Set<AlertNotification>().IgnoreTenantFilter()
                    .AnyAsync(n => n.RuleId == rule.Id && n.DedupeKey == candidate.DedupeKey, ct);
                if (!exists)
                {
                    db.Add(candidate);
                    created.Add((rule, candidate));
                }
            }
        }
        await db.SaveChangesAsync(ct);
        foreach (var (rule, notification) in created)
        {
            await delivery.DeliverNewAsync(rule, notification, now, ct);
        }
        await db.SaveChangesAsync(ct);
        return [.. created.Select(c => c.Notification)];
    }

    private async Task<List<AlertNotification>> CandidatesAsync(AlertRule rule, DateTimeOffset now, CancellationToken ct)
    {
        var window = TimeSpan.FromHours(Math.Max(1, rule.WindowHours));
        var since = now - window;
        // One notification per rule and window-sized bucket of time.
        var bucket = "w" + (now.ToUnixTimeSeconds() / (long)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        var messages = db.Set<Message>().IgnoreTenantFilter().AsNoTracking()
            .Where(m => m.MunicipalityId == rule.MunicipalityId && m.AnalysisState == AnalysisState.Analysed && m.PublishedAt >= since && m.PublishedAt <= now);
        if (rule.ChannelId is { } channel)
        {
            messages = messages.Where(m => m.ChannelId == channel);
        }
        switch (rule.Kind)
        {
            case AlertKind.Signal when rule.Signal is { } signal:
            {
                var bit = MessageFlags.Of(signal);
                var count = await messages.CountAsync(m => (m.Flags & bit) != 0, ct);
                return count >= rule.Threshold
                    ? [New(rule, bucket, now, count, null, TrendsText.Text.Format("Alert.SignalTitle", Label(signal), count),
                        TrendsText.Text.Format("Alert.SignalBody", count, Label(signal), rule.WindowHours))]
                    : [];
            }
            case AlertKind.Theme when rule.ThemeId is { } themeId:
            {
                var theme = await db.Set<Theme>().IgnoreTenantFilter().AsNoTracking()
                    .FirstOrDefaultAsync(t => t.Id == themeId && t.MunicipalityId == rule.MunicipalityId, ct);
                if (theme is null)
                {
                    return [];
                }
                var members = db.Set<ThemeMessage>().IgnoreTenantFilter().Where(t => t.ThemeId == themeId);
                var count = await messages.CountAsync(m => members.Any(t => t.MessageId == m.Id), ct);
                return count >= rule.Threshold
                    ? [New(rule, bucket, now, count, themeId, TrendsText.Text.Format("Alert.ThemeTitle", theme.Label, count),
                        TrendsText.Text.Format("Alert.ThemeBody", count, theme.Label, rule.WindowHours))]
                    : [];
            }
            case AlertKind.Spike:
            {
                var themes = await db.Set<Theme>().IgnoreTenantFilter().AsNoTracking()
                    .Where(t => t.MunicipalityId == rule.MunicipalityId && t.EvaluatedDay != null
                        && (t.DailyStatus != TrendStatus.Stable || t.WeeklyStatus != TrendStatus.Stable) && t.DailyObserved >= rule.Threshold)
                    .OrderBy(t => t.Id).ToListAsync(ct);
                return [.. themes.Select(t => New(rule, $"t{t.Id}-{t.EvaluatedDay:yyyyMMdd}", now, t.DailyObserved, t.Id,
                    TrendsText.Text.Format(t.DailyStatus == TrendStatus.New || t.WeeklyStatus == TrendStatus.New ? "Alert.SpikeNewTitle" : "Alert.SpikeRisingTitle", t.Label),
                    TrendsText.Text.Format("Alert.SpikeBody", t.DailyObserved, t.DailyExpected.ToString("0.0", CultureInfo.CurrentCulture))))];
            }
            default:
                return [];
        }
    }

    private static string Label(Signal signal) => TrendsText.Text["Signal." + signal.MachineName()];

    private static AlertNotification New(AlertRule rule, string key, DateTimeOffset now, int count, long? themeId, string title, string body) => new()
    {
        MunicipalityId = rule.MunicipalityId,
        RuleId = rule.Id,
        DedupeKey = key,
        CreatedAt = now,
        Count = count,
        ThemeId = themeId,
        Title = title.Length > 300 ? title[..300] : title,
        Body = body.Length > 4000 ? body[..4000] : body,
    };
}
