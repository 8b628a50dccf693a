using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Alerts;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Start;
using Samenspraak.Web.Platform.Themes;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Monitoring.Start;

/// <summary>
/// "Signalen" on the start page: serious messages of the past week still waiting for a reviewer, messages in
/// follow-up assigned to the user, open alerts, and the themes that are new or rising. Counts and theme labels only:
/// no message text, so opening the start page reads no personal data and needs no audit entry.
/// </summary>
public sealed class MonitoringStartPanel(AppDbContext db, MessageQuery messages, IThemeSnapshotSource themes) : IStartPanelSource
{
    /// <summary>"Serious" on the start page is the band the review queue calls hoog or higher.</summary>
    private const Band Serious = Band.Hoog;

    /// <summary>The week the start page looks back on.</summary>
    private const int Days = 7;

    private const int ThemeLinks = 3;

    public int Order => 10;

    public string Policy => Policies.Staff;

    public async Task<StartPanel?> GetAsync(StartContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.MunicipalityId is not { } municipalityId)
        {
            return null;
        }

        var text = MonitoringStartText.Text;
        // The queue's "van" filter is a Belgian calendar date on the publication time; count exactly what the link shows.
        var fromDate = BelgianTime.DateOf(context.Now).AddDays(-(Days - 1));
        var from = Review.Queue.QueueParameters.LocalMidnight(fromDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))!.Value;
        var waiting = await messages.Filtered(new MessageFilter { Status = ReviewStatus.Nieuw, MinBand = Serious, From = from })
            .CountAsync(cancellationToken);
        var mine = await messages.Messages
            .CountAsync(m => m.ReviewStatus == ReviewStatus.Opvolging && m.AssignedUserId == context.UserId, cancellationToken);
        var openAlerts = await db.Set<AlertNotification>().AsNoTracking().CountAsync(n => n.ClosedAt == null, cancellationToken);
        var anyMessage = waiting > 0 || await messages.Messages.AnyAsync(cancellationToken);

        var top = await themes.GetTopThemesAsync(municipalityId, 10, cancellationToken);
        var links = top
            .Where(t => t.Trend != ThemeTrend.Stable)
            .OrderBy(t => t.Trend == ThemeTrend.New ? 0 : 1).ThenByDescending(t => t.RecentCount)
            .Take(ThemeLinks)
            .Select(t => new StartLink(t.Label, $"/themas/{t.ThemeId}",
                text.Format(t.Trend == ThemeTrend.New ? "Theme.New" : "Theme.Rising", t.RecentCount)))
            .ToList();

        var figures = new List<StartFigure>
        {
            new(waiting, text.Format("Figure.Waiting", Days),
                $"/signalen?band={Serious}&van={fromDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", StartTone.Attention),
            new(mine, text["Figure.FollowUp"], $"/signalen?status={ReviewStatus.Opvolging}", StartTone.Attention),
            new(openAlerts, text["Figure.Alerts"], "/meldingen", StartTone.Attention),
        };
        return new StartPanel(text["Title"], "/signalen", figures, links,
            anyMessage ? text["NothingRising"] : text["Empty"]);
    }
}
