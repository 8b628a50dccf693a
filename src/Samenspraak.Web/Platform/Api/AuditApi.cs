using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Platform.Api;

public sealed record AuditEntryResponse(
    long Id, DateTimeOffset At, Guid? UserId, string? UserName, Guid? MunicipalityId, string Action,
    string? EntityType, string? EntityId, string? Details);

public sealed record AuditPage(IReadOnlyList<AuditEntryResponse> Items, int Total, int Page, int PageSize);

internal static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiV1("Audit");
        group.MapGet("/audit", List).WithName("ListAuditEntries")
            .WithSummary("Auditlog, nieuwste eerst; gemeentebeheerders zien alleen hun eigen gemeente")
            .RequireAuthorization(Policies.MunicipalityAdmin);
        group.MapGet("/audit/{id:long}", Get).WithName("GetAuditEntry")
            .WithSummary("Eén auditregel; 404 voor een regel van een andere gemeente")
            .RequireAuthorization(Policies.MunicipalityAdmin);
        return app;
    }

    /// <summary>Entries the current admin may see: all for a platform admin, otherwise only their municipality's.</summary>
    internal static IQueryable<AuditEntry> Visible(AppDbContext db, ITenantContext tenant) =>
        tenant.IsPlatformAdmin ? db.AuditEntries : db.AuditEntries.Where(a => a.MunicipalityId == tenant.MunicipalityId);

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> List(
        AppDbContext db, ITenantContext tenant, CancellationToken ct,
        DateTimeOffset? from = null, DateTimeOffset? to = null, string? action = null, Guid? userId = null,
        Guid? municipalityId = null, string? entityType = null, string? entityId = null, int page = 1, int pageSize = 50)
    {
        var v = new Validation();
        if (page < 1 || pageSize is < 1 or > 200)
        {
            v.Add("pageSize", "PageRange");
        }

        if (from is not null && to is not null && from > to)
        {
            v.Add("from", "DateRange");
        }

        if (!v.IsValid)
        {
            return v.ToProblem();
        }

        var query = Visible(db, tenant).AsNoTracking();
        if (from is not null)
        {
            var f = from.Value.ToUniversalTime();
            query = query.Where(a => a.At >= f);
        }

        if (to is not null)
        {
            var t = to.Value.ToUniversalTime();
            query = query.Where(a => a.At <= t);
        }

        if (!string.IsNullOrWhiteSpace(action))
        {
            query = query.Where(a => a.Action == action);
        }

        if (userId is not null)
        {
            query = query.Where(a => a.UserId == userId);
        }

        if (municipalityId is not null)
        {
            query = query.Where(a => a.MunicipalityId == municipalityId);
        }

        if (!string.IsNullOrWhiteSpace(entityType))
        {
            query = query.Where(a => a.EntityType == entityType);
        }

        if (!string.IsNullOrWhiteSpace(entityId))
        {
            query = query.Where(a => a.EntityId == entityId);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return TypedResults.Ok(new AuditPage([.. items.Select(ToResponse)], total, page, pageSize));
    }

    private static async Task<Results<Ok<AuditEntryResponse>, NotFound>> Get(long id, AppDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var entry = await Visible(db, tenant).AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        return entry is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(entry));
    }

    private static AuditEntryResponse ToResponse(AuditEntry a) =>
        new(a.Id, a.At, a.UserId, a.UserName, a.MunicipalityId, a.Action, a.EntityType, a.EntityId, a.Details);
}
