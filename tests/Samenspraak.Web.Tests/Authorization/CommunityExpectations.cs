namespace Samenspraak.Web.Tests.Authorization;

/// <summary>The Community module's rows of the authorization matrix (see <see cref="EndpointExpectations"/>).</summary>
public static class CommunityExpectations
{
    public static IReadOnlyList<EndpointExpectation> Rows { get; } =
    [
    ];
}
