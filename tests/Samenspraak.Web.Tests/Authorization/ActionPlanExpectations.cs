namespace Samenspraak.Web.Tests.Authorization;

/// <summary>The ActionPlans module's rows of the authorization matrix (see <see cref="EndpointExpectations"/>).</summary>
public static class ActionPlanExpectations
{
    public static IReadOnlyList<EndpointExpectation> Rows { get; } =
    [
    ];
}
