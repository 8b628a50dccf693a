using System.Net;
using System.Text;
using System.Text.Json;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Http;

/// <summary>Problem details, security headers, health, OpenAPI and request limits of the running app.</summary>
public sealed class HttpBehaviourTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal); // never a stack trace
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.True(problem.TryGetProperty("traceId", out _));
        return problem;
    }

    [Fact]
    public async Task AnonymousApiCallGets401ProblemInDutchNotALoginRedirect()
    {
        var response = await app.Factory.CreateBrowserClient().GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("Niet aangemeld", (await ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task ProblemTextsFollowTheChosenLanguage()
    {
        var client = app.Factory.CreateBrowserClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var response = await client.SendAsync(request);

        Assert.Equal("Not signed in", (await ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task ForbiddenApiCallGets403Problem()
    {
        var citizen = await app.ClientAsync(Principal.Citizen);

        var response = await citizen.GetAsync("/api/v1/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Geen toegang", (await ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task UnknownApiRouteGets404Problem()
    {
        var admin = await app.ClientAsync(Principal.PlatformAdmin);

        var response = await admin.GetAsync("/api/v1/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Niet gevonden", (await ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task InvalidInputGets400ValidationProblemWithDutchFieldErrors()
    {
        var admin = await app.ClientAsync(Principal.PlatformAdmin);

        var response = await admin.PostAsJsonAsync("/api/v1/municipalities", new { name = "", nisCode = "12", province = "Atlantis", population = -1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        var errors = problem.GetProperty("errors");
        Assert.Equal("Geef een naam op.", errors.GetProperty("name")[0].GetString());
        Assert.Equal("De NIS-code bestaat uit precies 5 cijfers.", errors.GetProperty("nisCode")[0].GetString());
        Assert.Equal("Kies een geldige provincie.", errors.GetProperty("province")[0].GetString());
        Assert.Equal("Het inwonersaantal moet 0 of meer zijn.", errors.GetProperty("population")[0].GetString());
    }

    [Fact]
    public async Task MalformedJsonGets400Problem()
    {
        var admin = await app.ClientAsync(Principal.PlatformAdmin);

        var response = await admin.PostAsync("/api/v1/municipalities", new StringContent("{ dit is geen json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await ProblemAsync(response);
    }

    [Fact]
    public async Task OversizeApiRequestGets413Problem()
    {
        var admin = await app.ClientAsync(Principal.PlatformAdmin);
        var huge = "{\"name\":\"" + new string('x', 1_100_000) + "\"}";

        var response = await admin.PostAsync("/api/v1/municipalities", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Aanvraag te groot", (await ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task OversizeFormPostGetsTheDutch413Page()
    {
        var client = app.Factory.CreateBrowserClient();

        var response = await client.PostAsync("/inloggen", new ByteArrayContent(new byte[11 * 1024 * 1024]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownPageGets404PageForAnonymousVisitorsToo()
    {
        var response = await app.Factory.CreateBrowserClient().GetAsync("/deze-pagina-bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/inloggen")]
    [InlineData("/api/v1/me")]
    [InlineData("/health")]
    public async Task SecurityHeadersAreOnEveryResponse(string path)
    {
        var response = await app.Factory.CreateBrowserClient().GetAsync(path);
        string Header(string name) => string.Join(",", response.Headers.TryGetValues(name, out var v) ? v : []);

        var csp = Header("Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.Contains("camera=()", Header("Permissions-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginCookieIsSecureHttpOnlyAndLax()
    {
        var response = await LoginForm.PostAsync(app.Factory.CreateBrowserClient(), TestWorld.EmailOf(Principal.Staff), TestWorld.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("samenspraak.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HealthReportsTheDatabase()
    {
        var response = await app.Factory.CreateBrowserClient().GetAsync("/health");
        var live = await app.Factory.CreateBrowserClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var database = health.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var liveChecks = (await live.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString());
        Assert.DoesNotContain("database", liveChecks);
    }

    [Fact]
    public async Task OpenApiDocumentDescribesEveryApiEndpoint()
    {
        var document = await app.Factory.CreateBrowserClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        var expected = Authorization.EndpointExpectations.All.Where(e => e.IsApi)
            .Select(e => System.Text.RegularExpressions.Regex.Replace(e.Pattern, @"\{(\w+):[^}]+\}", "{$1}")).Distinct();
        Assert.All(expected, p => Assert.Contains(p, paths));
        Assert.Equal("Samenspraak API", document.GetProperty("info").GetProperty("title").GetString());
    }
}
