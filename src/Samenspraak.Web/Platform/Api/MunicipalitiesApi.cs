using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Platform.Api;

public sealed record MunicipalityResponse(
    Guid Id, string Name, string NisCode, string Province, int Population, bool IsDemo, DateTimeOffset CreatedAt);

/// <summary>Create or update a municipality. Province is one of the <see cref="Tenancy.Province"/> names.</summary>
public sealed record MunicipalityRequest(string? Name, string? NisCode, string? Province, int? Population, bool? IsDemo);

internal static partial class MunicipalitiesApi
{
    public static IEndpointRouteBuilder MapMunicipalitiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiV1("Gemeenten");
        group.MapGet("/municipalities", List).WithName("ListMunicipalities")
            .WithSummary("Gemeenten: alle voor platformbeheerders, anders alleen de eigen gemeente")
            .RequireAuthorization(Policies.Authenticated);
        group.MapGet("/municipalities/{id:guid}", Get).WithName("GetMunicipality")
            .WithSummary("Eén gemeente; 404 voor een gemeente die niet de jouwe is")
            .RequireAuthorization(Policies.Authenticated);
        group.MapPost("/municipalities", Create).WithName("CreateMunicipality")
            .WithSummary("Een gemeente aanmaken (platformbeheerder)")
            .RequireAuthorization(Policies.PlatformAdmin);
        group.MapPut("/municipalities/{id:guid}", Update).WithName("UpdateMunicipality")
            .WithSummary("Een gemeente wijzigen (platformbeheerder)")
            .RequireAuthorization(Policies.PlatformAdmin);
        return app;
    }

    /// <summary>Municipalities the current user may see: all for a platform admin, otherwise only their own.</summary>
    internal static IQueryable<Municipality> Visible(AppDbContext db, ITenantContext tenant) =>
        tenant.IsPlatformAdmin ? db.Municipalities : db.Municipalities.Where(m => m.Id == tenant.MunicipalityId);

    private static async Task<Ok<List<MunicipalityResponse>>> List(AppDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var list = await Visible(db, tenant).AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);
        return TypedResults.Ok(list.Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<MunicipalityResponse>, NotFound>> Get(Guid id, AppDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        var municipality = await Visible(db, tenant).AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        return municipality is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(municipality));
    }

    private static async Task<Results<Created<MunicipalityResponse>, ValidationProblem>> Create(
        MunicipalityRequest request, AppDbContext db, IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var validation = await ValidateAsync(request, null, db, ct);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var municipality = new Municipality { CreatedAt = clock.GetUtcNow() };
        Apply(request, municipality);
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(AuditActions.MunicipalityCreated, nameof(Municipality), municipality.Id.ToString(),
            municipality.Name, municipality.Id, ct);
        return TypedResults.Created($"{ApiGroups.V1}/municipalities/{municipality.Id}", ToResponse(municipality));
    }

    private static async Task<Results<Ok<MunicipalityResponse>, NotFound, ValidationProblem>> Update(
        Guid id, MunicipalityRequest request, AppDbContext db, IAuditLog audit, CancellationToken ct)
    {
        var municipality = await db.Municipalities.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (municipality is null)
        {
            return TypedResults.NotFound();
        }

        var validation = await ValidateAsync(request, id, db, ct);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        Apply(request, municipality);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(AuditActions.MunicipalityUpdated, nameof(Municipality), municipality.Id.ToString(),
            municipality.Name, municipality.Id, ct);
        return TypedResults.Ok(ToResponse(municipality));
    }

    private static async Task<Validation> ValidateAsync(MunicipalityRequest request, Guid? existingId, AppDbContext db, CancellationToken ct)
    {
        var v = new Validation();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            v.Add("name", "NameRequired");
        }
        else if (name.Length > 200)
        {
            v.Add("name", "NameTooLong");
        }

        var nis = request.NisCode?.Trim();
        if (nis is null || !NisCodePattern().IsMatch(nis))
        {
            v.Add("nisCode", "NisCodeFormat");
        }
        else if (await db.Municipalities.AnyAsync(m => m.NisCode == nis && m.Id != existingId, ct))
        {
            v.Add("nisCode", "NisCodeTaken");
        }

        if (ParseProvince(request.Province) is null)
        {
            v.Add("province", "ProvinceInvalid");
        }

        if (request.Population is null or < 0)
        {
            v.Add("population", "PopulationRange");
        }

        return v;
    }

    private static void Apply(MunicipalityRequest request, Municipality municipality)
    {
        municipality.Name = request.Name!.Trim();
        municipality.NisCode = request.NisCode!.Trim();
        municipality.Province = ParseProvince(request.Province)!.Value;
        municipality.Population = request.Population!.Value;
        municipality.IsDemo = request.IsDemo ?? municipality.IsDemo;
    }

    internal static Province? ParseProvince(string? value) =>
        Enum.GetValues<Province>().Cast<Province?>()
            .FirstOrDefault(p => string.Equals(p.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase));

    internal static MunicipalityResponse ToResponse(Municipality m) =>
        new(m.Id, m.Name, m.NisCode, m.Province.ToString(), m.Population, m.IsDemo, m.CreatedAt);

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex NisCodePattern();
}
