using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Samenspraak.IngestLoad;

/// <summary>Sequential GETs of signed-in pages from one client; prints p50/p95/p99/max per page.</summary>
internal static class PageLoad
{
    public static async Task RunAsync(string baseUrl, string email, string password, int requests, IReadOnlyList<(string Name, string Path)> pages)
    {
        using var http = new HttpClient(new CookieJar(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })) { BaseAddress = new Uri(baseUrl) };
        await LogInAsync(http, email, password);
        foreach (var (_, path) in pages)
        {
            await GetAsync(http, path); // warm-up
        }

        var timings = pages.ToDictionary(p => p.Name, _ => new List<double>());
        for (var i = 0; i < requests; i++)
        {
            var (name, path) = pages[i % pages.Count];
            var watch = Stopwatch.StartNew();
            await GetAsync(http, path);
            timings[name].Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{requests} sequential page requests, one signed-in client");
        Console.WriteLine("| page | n | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var (name, list) in timings.Append(new("all", timings.Values.SelectMany(v => v).ToList())))
        {
            list.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {list.Count} | {P(list, 50):F0} | {P(list, 95):F0} | {P(list, 99):F0} | {list[^1]:F0} |"));
        }
    }

    private static double P(List<double> sorted, int percentile) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];

    private static async Task GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
    }

    private static async Task LogInAsync(HttpClient http, string email, string password)
    {
        var html = await http.GetStringAsync("/inloggen");
        var form = Regex.Match(html, "<form\\b(?:(?!</form>)[\\s\\S])*?type=\"password\"[\\s\\S]*?</form>").Value;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in Regex.Matches(form, "<input\\b[^>]*>"))
        {
            string? Attr(string n) => Regex.Match(input.Value, $"\\s{n}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
            var name = Attr("name");
            if (name is null) continue;
            var type = Attr("type") ?? "text";
            if (type == "password") fields.Add(new(name, password));
            else if (type == "email" || Attr("autocomplete") == "username") fields.Add(new(name, email));
            else if (type == "hidden") fields.Add(new(name, Attr("value") ?? ""));
        }

        var response = await http.PostAsync("/inloggen", new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Found) throw new InvalidOperationException("Log-in failed: " + (int)response.StatusCode);
    }

    /// <summary>Keeps the name=value of every Set-Cookie and sends them back (the app's cookies are Secure; this is plain http).</summary>
    private sealed class CookieJar(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_cookies)
            {
                if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value)));
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                lock (_cookies)
                {
                    foreach (var header in values)
                    {
                        var pair = header.Split(';')[0];
                        var eq = pair.IndexOf('=', StringComparison.Ordinal);
                        if (eq > 0) _cookies[pair[..eq]] = pair[(eq + 1)..];
                    }
                }
            }

            return response;
        }
    }
}
