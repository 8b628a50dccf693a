using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.ActionPlans.Resources;
using Samenspraak.Web.Infrastructure;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Mail;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.ActionPlans.Reminders;

/// <summary>
/// Mails the owner of every overdue action (end date passed, still planned or running) once per interval. Runs as
/// system work across all municipalities, so the tenant filter is lifted here on purpose; each mail names only the
/// owner's own action.
/// </summary>
public sealed class OverdueReminders(AppDbContext db, IMailService mail, IOptions<ActionPlanOptions> options, PublicUrl publicUrl,
    ILogger<OverdueReminders> logger)
{
    public async Task<int> SendAsync(DateOnly today, CancellationToken ct)
    {
        var interval = Math.Max(1, options.Value.ReminderIntervalDays);
        var due = await db.Set<PlanAction>().IgnoreTenantFilter()
            .Where(a => (a.Status == ActionStatus.Gepland || a.Status == ActionStatus.Lopend) && a.End < today && a.OwnerEmail != null)
            .ToListAsync(ct);
        var planTitles = await db.Set<ActionPlan>().IgnoreTenantFilter()
            .Where(p => due.Select(a => a.PlanId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        var sent = 0;
        foreach (var action in due.Where(a => a.LastReminderOn is null || a.LastReminderOn.Value.AddDays(interval) <= today))
        {
            var link = publicUrl.For($"/actieplan/{action.PlanId}/acties/{action.Id}");
            var plan = planTitles.GetValueOrDefault(action.PlanId, "");
            var subject = ActionPlanText.Text.Format("Mail.Subject", action.Title);
            var text = ActionPlanText.Text.Format("Mail.Text", action.OwnerName, action.Title, plan,
                action.End.ToString("d", System.Globalization.CultureInfo.CurrentCulture), link);
            var html = "<p>" + WebUtility.HtmlEncode(text).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>";
            try
            {
                await mail.SendAsync(action.OwnerEmail!, subject, html, text, ct);
                action.LastReminderOn = today;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One unreachable address must not stop the others; it is tried again tomorrow.
                logger.LogWarning(e, "Reminder for action {ActionId} could not be sent", action.Id);
            }
        }

        await db.SaveChangesAsync(ct);
        return sent;
    }
}

/// <summary>Runs <see cref="OverdueReminders"/> once a day (first run shortly after start-up).</summary>
internal sealed class OverdueReminderJob(IServiceScopeFactory scopes, IOptions<ActionPlanOptions> options, TimeProvider clock,
    ILogger<OverdueReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // System work: its saves are audited as "actionplans.overdue-reminders", not as an anonymous nobody (see ActingUser.System).
        using var system = ActingUserScope.Begin(ActingUser.System("actionplans.overdue-reminders"));
        if (!options.Value.RemindersEnabled) return;
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromDays(1), clock);
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var reminders = scope.ServiceProvider.GetRequiredService<OverdueReminders>();
                    var sent = await reminders.SendAsync(BelgianTime.DateOf(clock.GetUtcNow()), stoppingToken);
                    logger.LogInformation("Sent {Count} overdue-action reminders", sent);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Overdue-action reminders failed; retrying tomorrow");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }
    }
}
