using static Samenspraak.Web.Tests.Authorization.AccessRule;

namespace Samenspraak.Web.Tests.Authorization;

/// <summary>
/// THE AUTHORIZATION MATRIX: every endpoint of the application and who may use it. A module that adds an endpoint
/// adds its row here; an endpoint without a row, or a row without an endpoint, fails the tests. Rules are written
/// from the product's intent (DESIGN.md roles), not copied from the code.
/// Paths use resources of the home municipality; "HomeResource: true" makes a foreign municipality's admin expect 404.
/// </summary>
public static class EndpointExpectations
{
    private const string EmptyJson = "{}";

    private static IReadOnlyList<EndpointExpectation> Platform { get; } =
    [
        // Operations and documentation: public.
        new("*", "/health", Anonymous, _ => "/health"),
        new("*", "/health/live", Anonymous, _ => "/health/live"),
        new("GET", "/openapi/{documentName}.json", Anonymous, _ => "/openapi/v1.json"),
        new("*", "/{**path}", Anonymous, _ => "/bestaat-niet", AllowedStatus: 404),
        new("GET", "/{**path:file}", Anonymous, _ => "/bestaat-niet.css", AllowedStatus: 404),
        new("HEAD", "/{**path:file}", Anonymous, _ => "/bestaat-niet.css", AllowedStatus: 404),
        new("GET", "/_framework/opaque-redirect", Anonymous, _ => "/_framework/opaque-redirect", AllowedStatus: 400),

        // Platform API.
        new("GET", "/api/v1/me", Authenticated, _ => "/api/v1/me"),
        new("GET", "/api/v1/municipalities", Authenticated, _ => "/api/v1/municipalities"),
        new("GET", "/api/v1/municipalities/{id:guid}", Authenticated, w => $"/api/v1/municipalities/{w.Home.Id}", HomeResource: true),
        new("POST", "/api/v1/municipalities", PlatformAdmin, _ => "/api/v1/municipalities", AllowedStatus: 400, Body: EmptyJson),
        new("PUT", "/api/v1/municipalities/{id:guid}", PlatformAdmin, w => $"/api/v1/municipalities/{w.Home.Id}", AllowedStatus: 400, HomeResource: true, Body: EmptyJson),
        new("GET", "/api/v1/municipalities/{id:guid}/settings", MunicipalityAdmin, w => $"/api/v1/municipalities/{w.Home.Id}/settings", HomeResource: true),
        new("PUT", "/api/v1/municipalities/{id:guid}/settings", MunicipalityAdmin, w => $"/api/v1/municipalities/{w.Home.Id}/settings", AllowedStatus: 400, HomeResource: true, Body: EmptyJson),
        new("GET", "/api/v1/partnerships", Authenticated, _ => "/api/v1/partnerships"),
        new("GET", "/api/v1/partnerships/{id:guid}", Authenticated, w => $"/api/v1/partnerships/{w.HomePartnership.Id}", HomeResource: true),
        new("GET", "/api/v1/users", MunicipalityAdmin, _ => "/api/v1/users"),
        new("GET", "/api/v1/users/{id:guid}", MunicipalityAdmin, w => $"/api/v1/users/{w[Infrastructure.Principal.Staff].Id}", HomeResource: true),
        new("POST", "/api/v1/users/invitations", MunicipalityAdmin, _ => "/api/v1/users/invitations", AllowedStatus: 400, Body: EmptyJson),
        new("GET", "/api/v1/audit", MunicipalityAdmin, _ => "/api/v1/audit"),
        new("GET", "/api/v1/audit/{id:long}", MunicipalityAdmin, w => $"/api/v1/audit/{w.HomeAuditEntryId}", HomeResource: true),

        // Shell and account pages: public, so people can log in, recover and read errors.
        new("GET", "/", Anonymous, _ => "/"),
        // Without an antiforgery token the switch refuses (400) — for everybody alike.
        new("POST", "/taal", Anonymous, _ => "/taal", AllowedStatus: 400, Body: "culture=en", ContentType: "application/x-www-form-urlencoded"),
        new("GET", "/inloggen", Anonymous, _ => "/inloggen"),
        new("GET", "/inloggen/tweestaps", Anonymous, _ => "/inloggen/tweestaps", AllowedStatus: 302),
        new("GET", "/uitloggen", Anonymous, _ => "/uitloggen"),
        new("GET", "/wachtwoord-vergeten", Anonymous, _ => "/wachtwoord-vergeten"),
        new("GET", "/wachtwoord-herstellen", Anonymous, _ => "/wachtwoord-herstellen"),
        new("GET", "/uitnodiging", Anonymous, _ => "/uitnodiging"),
        new("GET", "/geen-toegang", Anonymous, _ => "/geen-toegang", AllowedStatus: 403),
        new("GET", "/fout/404", Anonymous, _ => "/fout/404"),
        new("GET", "/fout/{Code:int}", Anonymous, _ => "/fout/500"),
        new("GET", "/account", Authenticated, _ => "/account"),

        // Administration pages.
        new("GET", "/beheer/audit", MunicipalityAdmin, _ => "/beheer/audit"),
        new("GET", "/beheer/gebruikers", MunicipalityAdmin, _ => "/beheer/gebruikers"),
        new("GET", "/beheer/gebruikers/uitnodigen", MunicipalityAdmin, _ => "/beheer/gebruikers/uitnodigen"),
        new("GET", "/beheer/gebruikers/{Id:guid}", MunicipalityAdmin, w => $"/beheer/gebruikers/{w[Infrastructure.Principal.Staff].Id}", HomeResource: true),
        new("GET", "/beheer/gemeenten", PlatformAdmin, _ => "/beheer/gemeenten"),
        new("GET", "/beheer/gemeenten/nieuw", PlatformAdmin, _ => "/beheer/gemeenten/nieuw"),
        new("GET", "/beheer/gemeenten/{Id:guid}", PlatformAdmin, w => $"/beheer/gemeenten/{w.Home.Id}"),
        new("GET", "/beheer/samenwerkingsverbanden", PlatformAdmin, _ => "/beheer/samenwerkingsverbanden"),
        new("GET", "/beheer/samenwerkingsverbanden/nieuw", PlatformAdmin, _ => "/beheer/samenwerkingsverbanden/nieuw"),
        new("GET", "/beheer/samenwerkingsverbanden/{Id:guid}", PlatformAdmin, w => $"/beheer/samenwerkingsverbanden/{w.HomePartnership.Id}"),
    ];

    /// <summary>Declared last, because static initialisers run in order: the platform's rows and every module's (each module keeps its rows in its own file).</summary>
    public static IReadOnlyList<EndpointExpectation> All { get; } =
    [
        .. Platform,
        .. MonitoringExpectations.Rows,
        .. TrendsExpectations.Rows,
        .. ReviewExpectations.Rows,
        .. KnowledgeExpectations.Rows,
        .. ActionPlanExpectations.Rows,
        .. LearningExpectations.Rows,
        .. CommunityExpectations.Rows,
    ];
}
