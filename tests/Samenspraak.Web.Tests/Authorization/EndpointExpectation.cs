using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Authorization;

/// <summary>
/// One row of the authorization matrix: an endpoint (method + route pattern exactly as registered), who may use
/// it, the concrete path to request, and what an allowed request answers.
/// </summary>
/// <param name="Method">HTTP method as registered ("GET", "POST", ...).</param>
/// <param name="Pattern">The route pattern's raw text, e.g. "/api/v1/municipalities/{id:guid}".</param>
/// <param name="Rule">Who may use the endpoint.</param>
/// <param name="Path">The URL to request, built from the test world (resources of the home municipality).</param>
/// <param name="AllowedStatus">Status of an allowed request.</param>
/// <param name="HomeResource">
/// True when the path names a resource of the home municipality: a foreign municipality's user who passes the
/// rule must get 404, never the data.
/// </param>
/// <param name="Body">Body for POST/PUT (an empty JSON object: allowed callers get a validation problem).</param>
/// <param name="ContentType">Media type of <paramref name="Body"/>.</param>
public sealed record EndpointExpectation(
    string Method,
    string Pattern,
    AccessRule Rule,
    Func<TestWorld, string> Path,
    int AllowedStatus = 200,
    bool HomeResource = false,
    string? Body = null,
    string ContentType = "application/json")
{
    public bool IsApi => Pattern.StartsWith("/api/", StringComparison.Ordinal);

    public Outcome Expected(Principal principal) =>
        !Rule.Allowed.Contains(principal)
            ? principal == Principal.Anonymous ? Outcome.NotAuthenticated : Outcome.Forbidden
            : HomeResource && principal == Principal.ForeignMunicipalityAdmin ? Outcome.NotFound : Outcome.Allowed;

    public string Key => $"{Method} {Pattern}";

    public override string ToString() => Key;
}
