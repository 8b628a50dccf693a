namespace Samenspraak.Web.Tests.Authorization;

/// <summary>The Knowledge module's rows of the authorization matrix (see <see cref="EndpointExpectations"/>).</summary>
public static class KnowledgeExpectations
{
    public static IReadOnlyList<EndpointExpectation> Rows { get; } =
    [
    ];
}
