using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Monitoring.Alerts;

public sealed record AlertNotificationResponse(long Id, Guid RuleId, DateTimeOffset CreatedAt, string Title, string Body, int Count, long? ThemeId,
    bool Open, DateTimeOffset? EmailedAt, DateTimeOffset? WebhookDeliveredAt, int WebhookAttempts, string? WebhookLastError);

public sealed record AlertRuleResponse(Guid Id, string Name, string Kind, string? Signal, long? ThemeId, Guid? ChannelId, int Threshold, int WindowHours,
    bool Email, string Digest, bool Webhook, bool Active);

/// <summary>Read endpoints for alerts (notifications and rules) of the caller's municipality (tenant filter).</summary>
internal static class AlertsApi
{
    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiV1("Alerts");
        group.MapGet("/alerts", List).WithName("ListAlerts")
            .WithSummary("Meldingen van de eigen gemeente, nieuwste eerst (open = nog niet afgesloten)")
            .RequireAuthorization(Policies.Staff);
        group.MapGet("/alert-rules", Rules).WithName("ListAlertRules")
            .WithSummary("Meldingsregels van de eigen gemeente (zonder e-mailadres of webhookgeheim)")
            .RequireAuthorization(Policies.Staff);
        return app;
    }

    private static async Task<Ok<List<AlertNotificationResponse>>> List(AppDbContext db, CancellationToken ct, bool openOnly = false, int limit = 100)
    {
        var query = db.Set<AlertNotification>().AsNoTracking();
        if (openOnly)
        {
            query = query.Where(n => n.ClosedAt == null);
        }
        var items = await query.OrderByDescending(n => n.Id).Take(Math.Clamp(limit, 1, 500)).ToListAsync(ct);
        return TypedResults.Ok(items.Select(n => new AlertNotificationResponse(n.Id, n.RuleId, n.CreatedAt, n.Title, n.Body, n.Count, n.ThemeId,
            n.ClosedAt is null, n.EmailedAt, n.WebhookDeliveredAt, n.WebhookAttempts, n.WebhookLastError)).ToList());
    }

    private static async Task<Ok<List<AlertRuleResponse>>> Rules(AppDbContext db, CancellationToken ct)
    {
        var rules = await db.Set<AlertRule>().AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct);
        return TypedResults.Ok(rules.Select(r => new AlertRuleResponse(r.Id, r.Name, r.Kind.ToString().ToLowerInvariant(),
            r.Signal is { } s ? Analysis.Signals.MachineName(s) : null, r.ThemeId, r.ChannelId, r.Threshold, r.WindowHours,
            r.Email is not null, r.Digest.ToString().ToLowerInvariant(), r.WebhookUrl is not null, r.Active)).ToList());
    }
}
