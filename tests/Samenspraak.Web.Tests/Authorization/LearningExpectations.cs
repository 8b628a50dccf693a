namespace Samenspraak.Web.Tests.Authorization;

/// <summary>The Learning module's rows of the authorization matrix (see <see cref="EndpointExpectations"/>).</summary>
public static class LearningExpectations
{
    public static IReadOnlyList<EndpointExpectation> Rows { get; } =
    [
    ];
}
