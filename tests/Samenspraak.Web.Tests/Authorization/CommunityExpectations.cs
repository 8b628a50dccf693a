using Samenspraak.Web.Tests.Infrastructure;
using static Samenspraak.Web.Tests.Authorization.AccessRule;

namespace Samenspraak.Web.Tests.Authorization;

/// <summary>The Community module's rows of the authorization matrix (see <see cref="EndpointExpectations"/>).</summary>
public static class CommunityExpectations
{
    /// <summary>Moderator or Platformbeheerder: the community's moderators (shared across municipalities).</summary>
    private static AccessRule CommunityModerator { get; } = new("CommunityModerator",
        new HashSet<Principal> { Principal.PlatformAdmin, Principal.Moderator });

    public static IReadOnlyList<EndpointExpectation> Rows { get; } =
    [
        // Gemeenschap: shared by all municipalities, so a foreign admin reads the home municipality's question (200, not 404).
        new("GET", "/gemeenschap", Professional, _ => "/gemeenschap"),
        new("GET", "/gemeenschap/vragen/nieuw", Professional, _ => "/gemeenschap/vragen/nieuw"),
        new("GET", "/gemeenschap/vragen/{Id:guid}", Professional, w => $"/gemeenschap/vragen/{w.Resource("community.question")}"),
        new("GET", "/gemeenschap/meldingen", Professional, _ => "/gemeenschap/meldingen"),
        new("GET", "/gemeenschap/moderatie", CommunityModerator, _ => "/gemeenschap/moderatie"),
        // Always the caller's own data (no id in the address); citizens get an empty export.
        new("GET", "/gemeenschap/mijn-gegevens.json", Authenticated, _ => "/gemeenschap/mijn-gegevens.json"),
        new("GET", "/api/v1/community/questions", Professional, _ => "/api/v1/community/questions"),
        new("GET", "/api/v1/community/questions/{id:guid}", Professional, w => $"/api/v1/community/questions/{w.Resource("community.question")}"),

        // Ondersteuning: municipality-internal; the foreign admin gets 404 on the home municipality's request.
        new("GET", "/ondersteuning", Professional, _ => "/ondersteuning"),
        new("GET", "/ondersteuning/nieuw", Staff, _ => "/ondersteuning/nieuw"),
        new("GET", "/ondersteuning/{Id:guid}", Professional, w => $"/ondersteuning/{w.Resource("community.home-support-request")}", HomeResource: true),
        new("GET", "/api/v1/support-requests", Professional, _ => "/api/v1/support-requests"),
        new("GET", "/api/v1/support-requests/{id:guid}", Professional, w => $"/api/v1/support-requests/{w.Resource("community.home-support-request")}", HomeResource: true),
    ];
}
