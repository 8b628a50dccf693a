using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Monitoring;

/// <summary>The Monitoring module's own policies, on top of <see cref="Policies"/>.</summary>
public static class MonitoringPolicies
{
    /// <summary>
    /// Gemeentebeheerder only: manages channels, API keys and author requests. Unlike <see cref="Policies.MunicipalityAdmin"/>
    /// it leaves out the platform admin, who belongs to no municipality and therefore owns no channels.
    /// </summary>
    public const string ChannelManager = "Monitoring.ChannelManager";

    internal static void Add(IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(ChannelManager, p => p.RequireRole(Roles.MunicipalityAdmin));
}
