using System.Net;
using System.Text.Json;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Http;

/// <summary>The application with low limits, so the limits can be reached in a test.</summary>
public sealed class LowRateLimitFixture : SqliteAppFixture
{
    public const int LoginLimit = 3;
    public const int ApiLimit = 5;

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["RateLimiting:LoginPermitLimit"] = LoginLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["RateLimiting:ApiPermitLimit"] = ApiLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["RateLimiting:LoginWindowSeconds"] = "300";
        settings["RateLimiting:ApiWindowSeconds"] = "300";
    }
}

public sealed class RateLimitTests(LowRateLimitFixture app) : IClassFixture<LowRateLimitFixture>
{
    [Fact]
    public async Task TooManyLogInAttemptsFromOneAddressGet429WithADutchPage()
    {
        var client = app.Factory.CreateBrowserClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= LowRateLimitFixture.LoginLimit; i++)
        {
            statuses.Add((await LoginForm.PostAsync(client, TestWorld.EmailOf(Principal.Staff), "fout-wachtwoord-" + i)).StatusCode);
        }

        var limited = await LoginForm.PostAsync(client, TestWorld.EmailOf(Principal.Staff), TestWorld.Password);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(LowRateLimitFixture.LoginLimit));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter is not null, "429 without Retry-After");
        Assert.Equal("text/html", limited.Content.Headers.ContentType?.MediaType);
        // Reading the form is not limited: people can still see the page and the message.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(LoginForm.Path)).StatusCode);
    }

    [Fact]
    public async Task TooManyApiCallsGet429Problem()
    {
        var client = app.Factory.CreateBrowserClient();
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i <= LowRateLimitFixture.ApiLimit; i++)
        {
            responses.Add(await client.GetAsync("/api/v1/municipalities"));
        }

        Assert.All(responses.Take(LowRateLimitFixture.ApiLimit), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        var limited = responses[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        var problem = await limited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Te veel aanvragen", problem.GetProperty("title").GetString());
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
    }
}
