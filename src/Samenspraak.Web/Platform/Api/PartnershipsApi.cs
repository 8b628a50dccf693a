using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Platform.Api;

public sealed record PartnershipMember(Guid Id, string Name);

public sealed record PartnershipResponse(Guid Id, string Name, string? Description, IReadOnlyList<PartnershipMember> Members);

internal static class PartnershipsApi
{
    public static IEndpointRouteBuilder MapPartnershipsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiV1("Gemeenten");
        group.MapGet("/partnerships", List).WithName("ListPartnerships")
            .WithSummary("Regionale samenwerkingsverbanden: alle voor platformbeheerders, anders die van de eigen gemeente")
            .RequireAuthorization(Policies.Authenticated);
        group.MapGet("/partnerships/{id:guid}", Get).WithName("GetPartnership")
            .WithSummary("Eén samenwerkingsverband; 404 als je gemeente er geen lid van is")
            .RequireAuthorization(Policies.Authenticated);
        return app;
    }

    private static IQueryable<RegionalPartnership> Visible(AppDbContext db, ITenantContext tenant) =>
        tenant.IsPlatformAdmin
            ? db.RegionalPartnerships
            : db.RegionalPartnerships.Where(p => p.Members.Any(m => m.Id == tenant.MunicipalityId));

    private static async Task<Ok<List<PartnershipResponse>>> List(AppDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var list = await Visible(db, tenant).AsNoTracking().Include(p => p.Members).OrderBy(p => p.Name).ToListAsync(ct);
        return TypedResults.Ok(list.Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<PartnershipResponse>, NotFound>> Get(Guid id, AppDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var partnership = await Visible(db, tenant).AsNoTracking().Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == id, ct);
        return partnership is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(partnership));
    }

    private static PartnershipResponse ToResponse(RegionalPartnership p) =>
        new(p.Id, p.Name, p.Description, [.. p.Members.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => new PartnershipMember(m.Id, m.Name))]);
}
