using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Tests.Pages;

/// <summary>The English UI writes dates the Belgian way; Dutch stays nl-BE; no cookie leaves the default to the middleware.</summary>
public sealed class EnglishFormattingTests
{
    [Theory]
    [InlineData("en", "en-BE", "en")]
    [InlineData("nl-BE", "nl-BE", "nl-BE")]
    public async Task CookieCultureIsMappedForFormattingOnly(string chosen, string formatting, string texts)
    {
        var context = new DefaultHttpContext();
        var cookie = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen));
        context.Request.Headers.Cookie = $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(cookie)}";

        var result = await new BelgianFormattingCookieProvider().DetermineProviderCultureResult(context);

        Assert.NotNull(result);
        Assert.Equal(formatting, result.Cultures.Single().Value);
        Assert.Equal(texts, result.UICultures.Single().Value);
        Assert.Equal("23/11/2026", new DateTime(2026, 11, 23).ToString("d", CultureInfo.GetCultureInfo(formatting)));
    }

    [Fact]
    public async Task WithoutCookieTheDefaultApplies() =>
        Assert.Null(await new BelgianFormattingCookieProvider().DetermineProviderCultureResult(new DefaultHttpContext()));
}
