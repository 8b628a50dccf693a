using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Samenspraak.Web.Knowledge.Attachments;

/// <summary>
/// Keeps a proposal form's text when the chosen files make the request bigger than the platform's page limit
/// (<c>Limits:MaxBodyBytes</c>, 10 MiB), which would otherwise answer a bare 413 and lose everything typed. For a
/// multipart POST to <c>/kennisbank/voorstellen/...</c> declared larger than that limit (up to <see cref="HardCap"/>),
/// this runs before the platform's limits, for a signed-in user only: it streams the body once, keeps the text fields (including the antiforgery
/// token), discards the files' bytes while noting their names, and hands the page an ordinary url-encoded form.
/// The page then shows the form again with a Dutch message naming the dropped files. Registered as a startup filter
/// so the module needs no change to the shared pipeline.
/// </summary>
internal sealed class OversizeUploads(IConfiguration configuration) : IStartupFilter
{
    /// <summary>Above this a request is not read at all and keeps the platform's 413.</summary>
    public const long HardCap = 200L * 1024 * 1024;

    /// <summary>The text fields of the proposal form are far smaller; more than this is not a proposal.</summary>
    private const int MaxTextBytes = 2 * 1024 * 1024;

    private const string ItemKey = "knowledge.dropped-uploads";

    /// <summary>The names of files dropped from this request (empty when none were).</summary>
    public static IReadOnlyList<string> Dropped(HttpContext http) => http.Items[ItemKey] as IReadOnlyList<string> ?? [];

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var pageLimit = configuration.GetValue<long>("Limits:MaxBodyBytes", 10_485_760);
        app.Use(async (context, nextMiddleware) =>
        {
            // Only a signed-in user (proposing needs one) gets the large body read; anyone else keeps the 413.
            if (Applies(context.Request, pageLimit)
                && (await context.AuthenticateAsync()).Succeeded
                && !await StripFilesAsync(context))
            {
                return;
            }

            await nextMiddleware(context);
        });
        next(app);
    };

    private static bool Applies(HttpRequest request, long pageLimit) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.StartsWithSegments("/kennisbank/voorstellen", StringComparison.OrdinalIgnoreCase)
        && request.ContentLength > pageLimit && request.ContentLength <= HardCap
        && request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Replaces the body by its text fields; false when it answered the request itself (malformed body).</summary>
    private static async Task<bool> StripFilesAsync(HttpContext context)
    {
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return true;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = HardCap;
        }

        var fields = new List<KeyValuePair<string, string>>();
        var dropped = new List<string>();
        var textBytes = 0;
        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                if (disposition.IsFileDisposition())
                {
                    var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    if (!string.IsNullOrEmpty(name))
                    {
                        dropped.Add(AttachmentRules.SanitiseFileName(name));
                    }

                    await section.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                    continue;
                }

                using var text = new StreamReader(section.Body, Encoding.UTF8);
                var value = await text.ReadToEndAsync(context.RequestAborted);
                textBytes += value.Length;
                if (textBytes > MaxTextBytes)
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    return false;
                }

                fields.Add(new(HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "", value));
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return false;
        }

        var body = new StringBuilder();
        foreach (var (key, value) in fields)
        {
            body.Append(body.Length == 0 ? "" : "&").Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }

        var bytes = Encoding.UTF8.GetBytes(body.ToString());
        request.Body = new MemoryStream(bytes, writable: false);
        request.ContentLength = bytes.Length;
        request.ContentType = "application/x-www-form-urlencoded";
        context.Items[ItemKey] = dropped;
        return true;
    }
}
