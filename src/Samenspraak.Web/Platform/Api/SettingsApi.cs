using System.Net.Mail;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Platform.Api;

public sealed record SettingsResponse(Guid MunicipalityId, int MessageRetentionDays, string? ContactEmail, string? WelcomeText);

public sealed record SettingsRequest(int? MessageRetentionDays, string? ContactEmail, string? WelcomeText);

internal static class SettingsApi
{
    public static IEndpointRouteBuilder MapSettingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiV1("Gemeenten");
        group.MapGet("/municipalities/{id:guid}/settings", Get).WithName("GetMunicipalitySettings")
            .WithSummary("Instellingen van een gemeente (eigen gemeente; platformbeheerders alle)")
            .RequireAuthorization(Policies.MunicipalityAdmin);
        group.MapPut("/municipalities/{id:guid}/settings", Put).WithName("UpdateMunicipalitySettings")
            .WithSummary("Instellingen van een gemeente wijzigen")
            .RequireAuthorization(Policies.MunicipalityAdmin);
        return app;
    }

    /// <summary>
    /// The tenant filter shows a municipality admin only their own row. A platform admin has no municipality and
    /// would see nothing: this is one of the places where lifting the filter is explicitly allowed.
    /// </summary>
    private static IQueryable<MunicipalitySettings> Scope(AppDbContext db, ITenantContext tenant) =>
        tenant.IsPlatformAdmin ? db.MunicipalitySettings.IgnoreTenantFilter() : db.MunicipalitySettings;

    private static async Task<Results<Ok<SettingsResponse>, NotFound>> Get(Guid id, AppDbContext db, ITenantContext tenant, CancellationToken ct)
    {
        if (!await MunicipalitiesApi.Visible(db, tenant).AnyAsync(m => m.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var settings = await Scope(db, tenant).AsNoTracking().FirstOrDefaultAsync(s => s.MunicipalityId == id, ct)
            ?? new MunicipalitySettings { MunicipalityId = id };
        return TypedResults.Ok(ToResponse(settings));
    }

    private static async Task<Results<Ok<SettingsResponse>, NotFound, ValidationProblem>> Put(
        Guid id, SettingsRequest request, AppDbContext db, ITenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        if (!await MunicipalitiesApi.Visible(db, tenant).AnyAsync(m => m.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        if (request.MessageRetentionDays is null or < 7 or > 3650)
        {
            v.Add("messageRetentionDays", "RetentionRange");
        }

        if (!string.IsNullOrWhiteSpace(request.ContactEmail) && !MailAddress.TryCreate(request.ContactEmail.Trim(), out _))
        {
            v.Add("contactEmail", "EmailInvalid");
        }

        if (request.WelcomeText?.Length > 2000)
        {
            v.Add("welcomeText", "TextTooLong");
        }

        if (!v.IsValid)
        {
            return v.ToProblem();
        }

        var settings = await Scope(db, tenant).FirstOrDefaultAsync(s => s.MunicipalityId == id, ct);
        if (settings is null)
        {
            settings = new MunicipalitySettings { MunicipalityId = id };
            db.MunicipalitySettings.Add(settings);
        }

        settings.MessageRetentionDays = request.MessageRetentionDays!.Value;
        settings.ContactEmail = string.IsNullOrWhiteSpace(request.ContactEmail) ? null : request.ContactEmail.Trim();
        settings.WelcomeText = string.IsNullOrWhiteSpace(request.WelcomeText) ? null : request.WelcomeText.Trim();
        settings.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToResponse(settings));
    }

    private static SettingsResponse ToResponse(MunicipalitySettings s) =>
        new(s.MunicipalityId, s.MessageRetentionDays, s.ContactEmail, s.WelcomeText);
}
