using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Monitoring.Channels;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Resources;

namespace Samenspraak.Web.Monitoring.Api;

/// <summary>The result of one push request.</summary>
public sealed record PushResponse(int Accepted, int Duplicates, int Rejected, IReadOnlyList<PushItemError> Errors);

/// <summary>Why item <see cref="Index"/> (0-based position in the array or NDJSON line) was rejected.</summary>
public sealed record PushItemError(int Index, string Error);

/// <summary>
/// <c>POST /api/v1/channels/{id}/messages</c>: integrations push messages with a channel's API key (header
/// <c>X-Api-Key</c>) instead of a user session. Body: a JSON array or NDJSON of
/// <c>{"id","text","author","publishedAt","url","replyTo"}</c>, at most <see cref="MaxItems"/> items and
/// <see cref="PushBodyLimit.DefaultMaxBodyBytes"/> (32 MiB, <c>Monitoring:Push:MaxBodyBytes</c>; the rest of the API keeps
/// its 1 MB). The body is streamed: items are parsed one at a time and stored in chunks of <see cref="Chunk"/>, so
/// memory does not grow with the body. Idempotent: a retried item is a duplicate.
/// </summary>
internal static class PushApi
{
    public const int MaxItems = 100_000;

    /// <summary>Items stored per transaction: large enough that the per-transaction cost disappears, small enough to stream.</summary>
    public const int Chunk = 5000;

    public static IEndpointRouteBuilder MapPushApi(this IEndpointRouteBuilder app)
    {
        app.MapApiV1("Kanalen").MapPost("/channels/{id:guid}/messages", PushAsync).WithName("PushMessages")
            .WithSummary("Berichten in een kanaal duwen met de API-sleutel van het kanaal (X-Api-Key)")
            .WithDescription(
                "Body: JSON-array (application/json) of NDJSON (application/x-ndjson) van objecten met id, text (verplicht), " +
                "author, publishedAt (ISO 8601), url en replyTo. Hoogstens 100.000 berichten en 32 MiB per verzoek " +
                "(Monitoring:Push:MaxBodyBytes; daarboven 413). De body wordt gestreamd en per 5000 berichten opgeslagen. Antwoord 202 met het aantal aanvaarde, dubbele en geweigerde berichten en " +
                "per geweigerd bericht de reden. Opnieuw versturen maakt geen dubbels.")
            // No Accepts() metadata: it would let routing answer other media types with the fallback 404 instead
            // of this endpoint's Dutch 415.
            .Produces<PushResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            // The caller is an integration, not a user: the API key in the header is the authorization.
            .AllowAnonymous()
            .DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> PushAsync(Guid id, HttpContext http, AppDbContext db, MessageIngestor ingestor, TimeProvider clock, CancellationToken ct)
    {
        var key = http.Request.Headers["X-Api-Key"].ToString();
        if (string.IsNullOrWhiteSpace(key))
        {
            return Problem(http, StatusCodes.Status401Unauthorized, "Push.KeyMissing");
        }

        var hash = ApiKeyGenerator.Hash(key);
        var apiKey = await db.Set<ChannelApiKey>().IgnoreTenantFilter().FirstOrDefaultAsync(k => k.Hash == hash, ct);
        if (apiKey is null || !apiKey.IsActive)
        {
            return Problem(http, StatusCodes.Status401Unauthorized, "Push.KeyInvalid");
        }

        if (apiKey.ChannelId != id)
        {
            return Problem(http, StatusCodes.Status404NotFound, "Push.UnknownChannel");
        }

        var channel = await db.Set<Channel>().IgnoreTenantFilter().AsNoTracking().FirstAsync(c => c.Id == id, ct);
        if (!channel.Active)
        {
            return Problem(http, StatusCodes.Status409Conflict, "Push.ChannelInactive");
        }

        var mediaType = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        var ndjson = mediaType is "application/x-ndjson" or "application/ndjson" or "application/jsonl";
        if (!ndjson && mediaType is not "application/json")
        {
            return Problem(http, StatusCodes.Status415UnsupportedMediaType, "Push.UnsupportedType");
        }

        var accepted = 0;
        var duplicates = 0;
        var errors = new List<PushItemError>();
        var pending = new List<(int Index, IncomingMessage Item)>(Chunk);
        var index = 0;

        async Task FlushAsync()
        {
            var results = await ingestor.IngestAsync(channel, pending.Select(p => p.Item).ToList(), ct);
            for (var i = 0; i < results.Length; i++)
            {
                switch (results[i].Outcome)
                {
                    case IngestOutcome.Accepted: accepted++; break;
                    case IngestOutcome.Duplicate: duplicates++; break;
                    default: errors.Add(new PushItemError(pending[i].Index, results[i].Error!)); break;
                }
            }

            pending.Clear();
        }

        try
        {
            await foreach (var (item, error) in ReadAsync(http.Request.BodyReader, ndjson, ct))
            {
                if (index >= MaxItems)
                {
                    return Problem(http, StatusCodes.Status413PayloadTooLarge, "Push.TooManyItems", MaxItems);
                }

                if (item is null)
                {
                    errors.Add(new PushItemError(index, error!));
                }
                else
                {
                    pending.Add((index, item));
                    if (pending.Count == Chunk)
                    {
                        await FlushAsync();
                    }
                }

                index++;
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A streamed (chunked) body grew past the limit; chunks stored so far stay stored, as above.
            return PushBodyLimit.TooLarge(http, http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize
                ?? PushBodyLimit.DefaultMaxBodyBytes);
        }
        catch (JsonException ex)
        {
            // Chunks stored so far stay stored; a retry of the corrected body reports them as duplicates.
            return Problem(http, StatusCodes.Status400BadRequest, "Push.InvalidJson", ex.Message);
        }

        if (pending.Count > 0)
        {
            await FlushAsync();
        }

        apiKey.LastUsedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        errors.Sort((a, b) => a.Index.CompareTo(b.Index));
        return TypedResults.Json(new PushResponse(accepted, duplicates, errors.Count, errors), statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>
    /// Streams the items: array elements each from its own small JSON element, NDJSON lines straight from the body's
    /// bytes (<see cref="NdjsonBodyReader"/>); NDJSON lines that are not JSON become per-item errors rather than failing
    /// the request.
    /// </summary>
    private static async IAsyncEnumerable<(IncomingMessage? Item, string? Error)> ReadAsync(
        PipeReader body, bool ndjson, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (!ndjson)
        {
            await foreach (var element in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(body.AsStream(leaveOpen: true), cancellationToken: ct))
            {
                yield return PushItemReader.Read(element);
            }

            yield break;
        }

        await foreach (var item in NdjsonBodyReader.ReadAsync(body, ct))
        {
            yield return item;
        }
    }

    private static IResult Problem(HttpContext http, int status, string key, params object?[] args) =>
        TypedResults.Problem(Problems.For(http, status, args.Length == 0 ? MonitoringText.Text[key] : MonitoringText.Text.Format(key, args)));
}
