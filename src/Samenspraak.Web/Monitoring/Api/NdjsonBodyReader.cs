using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Resources;

namespace Samenspraak.Web.Monitoring.Api;

/// <summary>
/// Reads a pushed NDJSON body straight from the request's bytes: each line is parsed in place with a
/// <see cref="Utf8JsonReader"/> into an <see cref="IncomingMessage"/>, without decoding the line into a string or
/// building a <see cref="JsonDocument"/> for it (that cost about as much CPU as analysing the message).
/// <para>
/// A line the fast path cannot take (not valid UTF-8 JSON, blank, a root that is not an object) goes through the
/// string path instead (<see cref="ReadText"/>), which decodes it as a <see cref="StreamReader"/> does (invalid bytes
/// become U+FFFD) and reads it as before, so every line gets the same item or the same Dutch per-item error as with the
/// string reader. A body that starts with a UTF-16 or UTF-32 byte order mark is read entirely through that path.
/// </para>
/// </summary>
internal static class NdjsonBodyReader
{
    private static readonly PushItemReader.FieldNames Names = PushItemReader.FieldNames.Default;

    // The fields in the order PushItemReader checks them: the first bad one names the per-item error.
    private const int Id = 0, Text = 1, Author = 2, Url = 3, ReplyTo = 4, PublishedAt = 5, FieldCount = 6;

    /// <summary>The items of the body in order; blank lines are skipped, as a line reader would.</summary>
    public static async IAsyncEnumerable<(IncomingMessage? Item, string? Error)> ReadAsync(
        PipeReader body, [EnumeratorCancellation] CancellationToken ct)
    {
        var started = false;
        // The items of one read; the buffer stays unconsumed until they are handed out.
        var parsed = new List<(IncomingMessage? Item, string? Error)>();
        // How many bytes at the start of the buffer are known to hold no line break (an unfinished line).
        long known = 0;
        while (true)
        {
            var result = await body.ReadAsync(ct);
            var buffer = result.Buffer;
            if (!started)
            {
                // Four bytes decide the byte order mark; a shorter body is a short line anyway.
                if (buffer.Length < 4 && !result.IsCompleted)
                {
                    body.AdvanceTo(buffer.Start, buffer.End);
                    continue;
                }

                started = true;
                var bom = Bom(buffer);
                if (bom < 0)
                {
                    body.AdvanceTo(buffer.Start);
                    await foreach (var item in ReadDecodedAsync(body.AsStream(leaveOpen: true), ct))
                    {
                        yield return item;
                    }

                    yield break;
                }

                buffer = buffer.Slice(bom);
            }

            // A long line arrives over many reads: look for its end only in the bytes that are new since the last read.
            if (!result.IsCompleted && known > 0 && !HasLineBreak(buffer.Slice(known)))
            {
                known = buffer.Length;
                body.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            parsed.Clear();
            var rest = ParseLines(buffer, parsed);
            known = rest.Length;
            foreach (var item in parsed)
            {
                yield return item;
            }

            if (result.IsCompleted)
            {
                if (rest.Length > 0 && Parse(rest) is { } last)
                {
                    yield return last;
                }

                body.AdvanceTo(buffer.End);
                yield break;
            }

            // The unread rest is the start of a line that is still arriving.
            body.AdvanceTo(rest.Start, buffer.End);
        }
    }

    /// <summary>Parses every complete line of <paramref name="buffer"/> into <paramref name="parsed"/>; returns the rest.</summary>
    private static ReadOnlySequence<byte> ParseLines(ReadOnlySequence<byte> buffer, List<(IncomingMessage? Item, string? Error)> parsed)
    {
        var lines = new SequenceReader<byte>(buffer);
        while (lines.TryReadToAny(out ReadOnlySequence<byte> line, "\r\n"u8, advancePastDelimiter: true))
        {
            if (Parse(line) is { } item)
            {
                parsed.Add(item);
            }
        }

        return lines.UnreadSequence;
    }

    private static bool HasLineBreak(ReadOnlySequence<byte> bytes)
    {
        var reader = new SequenceReader<byte>(bytes);
        return reader.TryAdvanceToAny("\r\n"u8, advancePastDelimiter: false);
    }

    /// <summary>0: no byte order mark; 3: UTF-8's, skipped; -1: UTF-16 or UTF-32, read by the decoding path.</summary>
    private static int Bom(ReadOnlySequence<byte> buffer)
    {
        Span<byte> start = stackalloc byte[4];
        var length = (int)Math.Min(4, buffer.Length);
        buffer.Slice(0, length).CopyTo(start);
        start = start[..length];
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return 3;
        }

        return start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ||
               start.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])
            ? -1
            : 0;
    }

    /// <summary>The string path for a whole body in another Unicode encoding (the reader detects it from the mark).</summary>
    private static async IAsyncEnumerable<(IncomingMessage? Item, string? Error)> ReadDecodedAsync(
        Stream body, [EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (ReadText(line) is { } parsed)
            {
                yield return parsed;
            }
        }
    }

    /// <summary>One line: the item or its error, or null for a blank line.</summary>
    internal static (IncomingMessage? Item, string? Error)? Parse(ReadOnlySequence<byte> line)
    {
        try
        {
            if (TryParseObject(line, out var parsed))
            {
                return parsed;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not valid JSON, or a string that is not valid UTF-8: the string path decides (a blank line, replacement characters, or the Dutch error).
        }

        return ReadText(Encoding.UTF8.GetString(line));
    }

    /// <summary>The string path: the line as text, read with a JSON document.</summary>
    private static (IncomingMessage? Item, string? Error)? ReadText(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            return PushItemReader.Read(document.RootElement);
        }
        catch (JsonException)
        {
            return (null, MonitoringText.Text["Push.ItemInvalidJson"]);
        }
    }

    /// <summary>
    /// Reads a line that holds exactly one JSON object; false for anything else (left to the string path). Throws
    /// <see cref="JsonException"/> for invalid JSON. The same rules as <see cref="PushItemReader.Read(JsonElement)"/>:
    /// strings and numbers (raw text) are taken, null is absent, any other value is the field's error; a repeated
    /// property counts with its last value; unknown properties are ignored.
    /// </summary>
    private static bool TryParseObject(ReadOnlySequence<byte> line, out (IncomingMessage? Item, string? Error) parsed)
    {
        parsed = default;
        var reader = new Utf8JsonReader(line, isFinalBlock: true, state: default);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        Span<bool> bad = stackalloc bool[FieldCount];
        var values = new string?[FieldCount];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Field(ref reader);
            reader.Read();
            if (field < 0)
            {
                reader.Skip();
                continue;
            }

            bad[field] = false;
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    values[field] = reader.GetString();
                    break;
                case JsonTokenType.Number:
                    values[field] = reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence) : Encoding.UTF8.GetString(reader.ValueSpan);
                    break;
                case JsonTokenType.Null:
                    values[field] = null;
                    break;
                default:
                    values[field] = null;
                    bad[field] = true;
                    reader.Skip();
                    break;
            }
        }

        // The object must be the whole line: anything after it makes Read throw, as JsonDocument.Parse would.
        if (reader.Read())
        {
            return false;
        }

        for (var field = 0; field < FieldCount; field++)
        {
            if (bad[field])
            {
                parsed = (null, MonitoringText.Text.Format("Push.FieldNotString", Name(field)));
                return true;
            }
        }

        parsed = PushItemReader.Create(values[Id], values[Text], values[Author], values[PublishedAt], values[Url], values[ReplyTo], Names);
        return true;
    }

    private static int Field(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("id"u8) ? Id
        : reader.ValueTextEquals("text"u8) ? Text
        : reader.ValueTextEquals("author"u8) ? Author
        : reader.ValueTextEquals("url"u8) ? Url
        : reader.ValueTextEquals("replyTo"u8) ? ReplyTo
        : reader.ValueTextEquals("publishedAt"u8) ? PublishedAt
        : -1;

    private static string Name(int field) => field switch
    {
        Id => Names.Id!,
        Text => Names.Text,
        Author => Names.Author!,
        Url => Names.Url!,
        ReplyTo => Names.ReplyTo!,
        _ => Names.PublishedAt!,
    };
}
