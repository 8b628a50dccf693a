using System.Net;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Pages;

public sealed class ErrorPageTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task UnknownRouteShowsTheDutch404Page()
    {
        var client = app.Factory.CreateBrowserClient();

        var response = await client.GetAsync("/deze-pagina-bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl-BE\"", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Pagina niet gevonden</h1>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, "Dit verzoek klopt niet")]
    [InlineData(413, "Te groot")]
    [InlineData(429, "Even geduld")]
    [InlineData(500, "Er ging iets mis")]
    public async Task ErrorPagesAreDutch(int code, string title)
    {
        var client = app.Factory.CreateBrowserClient();

        var html = await PageForm.HtmlAsync(client, $"/fout/{code}");

        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessDeniedPageIsDutchAnd403()
    {
        var client = await app.ClientAsync(Principal.Citizen);

        var response = await client.GetAsync("/geen-toegang");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("<h1>Geen toegang</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousVisitorOfAnAdminPageIsSentToLogIn()
    {
        var client = app.Factory.CreateBrowserClient();

        var response = await client.GetAsync("/beheer/gebruikers");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StylesheetLoadsWithoutLoggingIn()
    {
        var client = app.Factory.CreateBrowserClient();
        var html = await PageForm.HtmlAsync(client, "/inloggen");
        var href = System.Text.RegularExpressions.Regex.Match(html, "href=\"(css/app[^\"]*\\.css)\"").Groups[1].Value;

        var css = await client.GetAsync("/" + href);

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }
}
