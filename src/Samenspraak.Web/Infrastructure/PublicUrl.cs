namespace Samenspraak.Web.Infrastructure;

/// <summary>
/// Builds absolute links for e-mails. <c>Samenspraak:PublicBaseUrl</c> wins (set it behind a reverse proxy);
/// otherwise the current request's host is used, and outside a request the default local address.
/// </summary>
public sealed class PublicUrl(IConfiguration configuration, IHttpContextAccessor http)
{
    public string For(string pathAndQuery)
    {
        var configured = configuration["Samenspraak:PublicBaseUrl"];
        string baseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            baseUrl = configured;
        }
        else if (http.HttpContext?.Request is { } request)
        {
            baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        }
        else
        {
            baseUrl = "http://localhost:5080";
        }

        return baseUrl.TrimEnd('/') + pathAndQuery;
    }
}
