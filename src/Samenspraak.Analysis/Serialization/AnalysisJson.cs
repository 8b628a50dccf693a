using System.Text.Encodings.Web;
using System.Text.Json;

namespace Samenspraak.Analysis.Serialization;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> in the `analyze` contract of DESIGN.md, one JSON object per message:
/// id, language, harmful, signals (all seven, fixed order), targets, evidence, model, then claim (only when a claim
/// matched) and explanations (only when requested). The field order never changes, so line-based diffs of two runs
/// stay meaningful. Scores are rounded to four decimals; numbers are always written in invariant form.
/// </summary>
public static class AnalysisJson
{
    /// <summary>Decimals kept for scores and similarities.</summary>
    public const int ScoreDecimals = 4;

    /// <summary>
    /// Compact output that keeps Dutch letters readable ("één", not "\u00E9\u00E9n"). Relaxed escaping is safe here:
    /// the output is JSON data, not HTML; consumers that embed it in a page must encode it for HTML themselves.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static double Round(double value) => Math.Round(value, ScoreDecimals, MidpointRounding.AwayFromZero);

    public static void WriteResult(Utf8JsonWriter writer, string id, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(result);

        writer.WriteStartObject();
        writer.WriteString(JsonNames.Id, id);
        writer.WriteString(JsonNames.Language, result.Language);
        writer.WriteBoolean(JsonNames.Harmful, result.Harmful);
        WriteSignals(writer, result.Signals);
        WriteTargets(writer, result.Targets);
        WriteEvidence(writer, result.Evidence);
        writer.WriteString(JsonNames.Model, result.Model);
        if (result.ClaimMatch is { } claim)
        {
            WriteClaim(writer, claim);
        }
        if (result.Explanations is { } explanations)
        {
            WriteExplanations(writer, explanations);
        }
        writer.WriteEndObject();
    }

    /// <summary>The result as one compact JSON string (convenience for callers that do not stream).</summary>
    public static string Serialize(string id, AnalysisResult result)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteResult(writer, id, result);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteSignals(Utf8JsonWriter writer, SignalScore[] signals)
    {
        if (signals.Length != Signals.Count)
        {
            throw new ArgumentException($"An analysis result carries {Signals.Count} signals, this one {signals.Length}.", nameof(signals));
        }
        writer.WriteStartObject(JsonNames.Signals);
        for (var i = 0; i < signals.Length; i++)
        {
            var score = signals[i];
            writer.WriteStartObject(JsonNames.SignalNames[i]);
            writer.WriteNumber(JsonNames.Score, Round(score.Score));
            writer.WriteBoolean(JsonNames.Flagged, score.Flagged);
            writer.WriteString(JsonNames.Band, JsonNames.BandLabels[(int)score.Band]);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteTargets(Utf8JsonWriter writer, IReadOnlyList<TargetGroup> targets)
    {
        writer.WriteStartArray(JsonNames.Targets);
        foreach (var target in targets)
        {
            writer.WriteStringValue(JsonNames.TargetNames[(int)target]);
        }
        writer.WriteEndArray();
    }

    private static void WriteEvidence(Utf8JsonWriter writer, IReadOnlyList<EvidenceSpan> evidence)
    {
        writer.WriteStartArray(JsonNames.Evidence);
        foreach (var span in evidence)
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Signal, JsonNames.SignalNames[(int)span.Signal]);
            writer.WriteNumber(JsonNames.Start, span.Start);
            writer.WriteNumber(JsonNames.Length, span.Length);
            writer.WriteString(JsonNames.Text, span.Text);
            writer.WriteString(JsonNames.Reason, span.Reason);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteClaim(Utf8JsonWriter writer, ClaimMatch claim)
    {
        writer.WriteStartObject(JsonNames.Claim);
        writer.WriteString(JsonNames.Id, claim.ClaimId);
        writer.WriteNumber(JsonNames.Similarity, Round(claim.Similarity));
        writer.WriteString(JsonNames.Statement, claim.Statement);
        writer.WriteString(JsonNames.Verdict, claim.Verdict);
        WriteOptional(writer, JsonNames.Source, claim.Source);
        WriteOptional(writer, JsonNames.Url, claim.Url);
        writer.WriteEndObject();
    }

    private static void WriteExplanations(Utf8JsonWriter writer, IReadOnlyDictionary<Signal, string> explanations)
    {
        writer.WriteStartObject(JsonNames.Explanations);
        // Signal order, not dictionary order: dictionaries promise no order and the contract does.
        foreach (var signal in Signals.All)
        {
            if (explanations.TryGetValue(signal, out var sentence))
            {
                writer.WriteString(JsonNames.SignalNames[(int)signal], sentence);
            }
        }
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
