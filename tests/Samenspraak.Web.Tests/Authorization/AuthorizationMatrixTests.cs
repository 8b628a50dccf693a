using System.Net;
using System.Text;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Authorization;

/// <summary>
/// Enumerates every endpoint of the running application (minimal APIs, Razor component pages, framework endpoints)
/// and checks it against <see cref="EndpointExpectations"/> by real HTTP requests for every principal.
/// It protects later modules automatically: a new endpoint without an explicit rule or without a row fails.
/// </summary>
public abstract class AuthorizationMatrixTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    public static TheoryData<string, Principal> Cases()
    {
        var data = new TheoryData<string, Principal>();
        foreach (var row in EndpointExpectations.All)
        {
            foreach (var principal in Enum.GetValues<Principal>())
            {
                data.Add(row.Key, principal);
            }
        }

        return data;
    }

    [Fact]
    public void EveryEndpointDeclaresItsAuthorizationExplicitly()
    {
        var missing = EndpointCatalog.Discover(app.Services).Where(e => !e.HasExplicitRule).Select(e => e.Key).ToList();

        Assert.True(missing.Count == 0,
            "Endpoints without RequireAuthorization(policy) or AllowAnonymous ([Authorize]/[AllowAnonymous] on pages):\n  "
            + string.Join("\n  ", missing));
    }

    [Fact]
    public void EveryEndpointHasARowInTheMatrixAndEveryRowAnEndpoint()
    {
        var discovered = EndpointCatalog.Discover(app.Services).Where(e => !e.IsStaticAsset).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var expected = EndpointExpectations.All.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

        var withoutRow = discovered.Except(expected).Order(StringComparer.Ordinal).ToList();
        var withoutEndpoint = expected.Except(discovered).Order(StringComparer.Ordinal).ToList();

        Assert.True(withoutRow.Count == 0,
            "Endpoints without a row in EndpointExpectations (add one saying who may use them):\n  " + string.Join("\n  ", withoutRow));
        Assert.True(withoutEndpoint.Count == 0,
            "Rows in EndpointExpectations whose endpoint no longer exists:\n  " + string.Join("\n  ", withoutEndpoint));
    }

    [Fact]
    public async Task StaticAssetsArePublic()
    {
        var assets = EndpointCatalog.Discover(app.Services).Where(e => e.IsStaticAsset).ToList();
        Assert.NotEmpty(assets);
        Assert.All(assets, a => Assert.True(a.AllowsAnonymous, a.Key));

        // One of the application's own files, fetched anonymously.
        var sample = assets.FirstOrDefault(a => a.Method == "GET" && a.Pattern.EndsWith(".css", StringComparison.Ordinal)
            && !a.Pattern.StartsWith("/_framework", StringComparison.Ordinal));
        if (sample is not null)
        {
            var response = await app.Factory.CreateBrowserClient().GetAsync(sample.Pattern);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{sample.Pattern}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EndpointAnswersEachPrincipalAsTheMatrixSays(string endpoint, Principal principal)
    {
        var row = EndpointExpectations.All.Single(r => r.Key == endpoint);
        var client = await app.ClientAsync(principal);
        var method = row.Method == "*" ? HttpMethod.Get : new HttpMethod(row.Method);
        using var request = new HttpRequestMessage(method, row.Path(app.World));
        if (row.Body is not null)
        {
            request.Content = new StringContent(row.Body, Encoding.UTF8, row.ContentType);
        }

        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        var expected = row.Expected(principal);
        var because = $"{row.Key} as {principal} ({row.Rule}): got {status} {location}";

        switch (expected)
        {
            case Outcome.Allowed:
                Assert.True(status == row.AllowedStatus, $"{because}, expected {row.AllowedStatus}");
                break;
            case Outcome.NotFound:
                Assert.True(status == 404, $"{because}, expected 404 (another municipality's resource)");
                break;
            case Outcome.NotAuthenticated when row.IsApi:
                Assert.True(status == 401, $"{because}, expected 401");
                break;
            case Outcome.NotAuthenticated:
                Assert.True(status == 302 && location.Contains("/inloggen", StringComparison.Ordinal), $"{because}, expected a redirect to /inloggen");
                break;
            case Outcome.Forbidden when row.IsApi:
                Assert.True(status == 403, $"{because}, expected 403");
                break;
            case Outcome.Forbidden:
                Assert.True(status == 302 && location.Contains("/geen-toegang", StringComparison.Ordinal), $"{because}, expected a redirect to /geen-toegang");
                break;
        }
    }
}

/// <summary>The matrix on SQLite: every endpoint, every role, the foreign municipality.</summary>
public sealed class AuthorizationMatrixTests(SqliteAppFixture app) : AuthorizationMatrixTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

/// <summary>The same matrix on PostgreSQL: the 404 isolation must not depend on the provider.</summary>
public sealed class PostgresAuthorizationMatrixTests(PostgresAppFixture app) : AuthorizationMatrixTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
