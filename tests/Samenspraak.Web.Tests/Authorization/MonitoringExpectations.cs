namespace Samenspraak.Web.Tests.Authorization;

/// <summary>The Monitoring module's rows of the authorization matrix (see <see cref="EndpointExpectations"/>).</summary>
public static class MonitoringExpectations
{
    public static IReadOnlyList<EndpointExpectation> Rows { get; } =
    [
    ];
}
