namespace Samenspraak.Web.Platform.Api;

public static class PlatformApi
{
    /// <summary>The Platform module's /api/v1 endpoints: me, municipalities, partnerships, users, audit.</summary>
    public static IEndpointRouteBuilder MapPlatformApi(this IEndpointRouteBuilder app) =>
        app.MapMeApi().MapMunicipalitiesApi().MapSettingsApi().MapPartnershipsApi().MapUsersApi().MapAuditApi();
}
