using System.Text.Json;
using System.Text.Json.Serialization;
using Samenspraak.Analysis;

namespace Samenspraak.Web.Monitoring.Messages;

/// <summary>
/// The compact JSON form of the evidence spans in <see cref="Message.EvidenceJson"/>:
/// <c>[{"s":0,"o":4,"l":6,"r":"..."}]</c> with s = (int)Signal, o/l = offset/length in the ORIGINAL text,
/// r = the engine's Dutch reason. The span text itself is not stored twice: it is <c>Text.Substring(o, l)</c>.
/// </summary>
public sealed record MessageEvidence(
    [property: JsonPropertyName("s")] Signal Signal,
    [property: JsonPropertyName("o")] int Start,
    [property: JsonPropertyName("l")] int Length,
    [property: JsonPropertyName("r")] string Reason)
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? ToJson(IReadOnlyList<EvidenceSpan> spans) =>
        spans.Count == 0
            ? null
            : JsonSerializer.Serialize(spans.Select(e => new MessageEvidence(e.Signal, e.Start, e.Length, e.Reason)).ToArray(), Options);

    /// <summary>Reads the stored spans; an empty list for null or (after a purge) missing evidence.</summary>
    public static IReadOnlyList<MessageEvidence> Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<MessageEvidence[]>(json, Options) ?? [];

    /// <summary>The evidence text in <paramref name="text"/>, or null when the span no longer fits (purged or changed text).</summary>
    public string? TextIn(string text) =>
        Start >= 0 && Length >= 0 && Start + Length <= text.Length ? text.Substring(Start, Length) : null;
}
