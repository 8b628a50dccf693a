using Samenspraak.Web.Tests.Infrastructure;
using static Samenspraak.Web.Tests.Authorization.AccessRule;

namespace Samenspraak.Web.Tests.Authorization;

/// <summary>The Monitoring module's rows of the authorization matrix (see <see cref="EndpointExpectations"/>).</summary>
public static class MonitoringExpectations
{
    /// <summary>Gemeentebeheerders only: they manage their municipality's channels; the platform admin owns none.</summary>
    private static AccessRule ChannelManager { get; } = new("Monitoring.ChannelManager",
        new HashSet<Principal> { Principal.MunicipalityAdmin, Principal.ForeignMunicipalityAdmin });

    public static IReadOnlyList<EndpointExpectation> Rows { get; } =
    [
        // Kanalen: staff read, the Gemeentebeheerder manages.
        new("GET", "/kanalen", Staff, _ => "/kanalen"),
        new("GET", "/kanalen/nieuw", ChannelManager, _ => "/kanalen/nieuw"),
        new("GET", "/kanalen/{Id:guid}", Staff, w => $"/kanalen/{w.Resource("monitoring.home-channel")}", HomeResource: true),

        // Upload: staff bring in exports of their own channels.
        new("GET", "/kanalen/{Id:guid}/opladen", Staff, w => $"/kanalen/{w.Resource("monitoring.home-channel")}/opladen", HomeResource: true),
        new("GET", "/importen/{Id:guid}", Staff, w => $"/importen/{w.Resource("monitoring.home-import")}", HomeResource: true),

        // Read API: staff read their own municipality's messages (masked, audited); Mandatarissen see dashboards only.
        new("GET", "/api/v1/messages", Staff, _ => "/api/v1/messages"),

        // GDPR requests about one author pseudonym: the Gemeentebeheerder only (an unknown pseudonym is an empty answer).
        new("GET", "/api/v1/authors/{pseudonym}/messages", ChannelManager, _ => "/api/v1/authors/onbekend-pseudoniem/messages"),
        new("DELETE", "/api/v1/authors/{pseudonym}/messages", ChannelManager, _ => "/api/v1/authors/onbekend-pseudoniem/messages"),

        // Push API: authorised by the channel's API key, not by a session; without a key everybody gets 401.
        new("POST", "/api/v1/channels/{id:guid}/messages", Anonymous, w => $"/api/v1/channels/{w.Resource("monitoring.home-channel")}/messages",
            AllowedStatus: 401, Body: "[]"),
    ];
}
