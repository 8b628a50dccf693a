using System.Text.Encodings.Web;
using System.Text.Json;

namespace Samenspraak.Analysis.Serialization;

/// <summary>Pre-encoded property names and enum labels of the analyze contract: encoded once, not per message.</summary>
internal static class JsonNames
{
    public static readonly JsonEncodedText Id = Encode("id");
    public static readonly JsonEncodedText Language = Encode("language");
    public static readonly JsonEncodedText Harmful = Encode("harmful");
    public static readonly JsonEncodedText Signals = Encode("signals");
    public static readonly JsonEncodedText Score = Encode("score");
    public static readonly JsonEncodedText Flagged = Encode("flagged");
    public static readonly JsonEncodedText Band = Encode("band");
    public static readonly JsonEncodedText Targets = Encode("targets");
    public static readonly JsonEncodedText Evidence = Encode("evidence");
    public static readonly JsonEncodedText Signal = Encode("signal");
    public static readonly JsonEncodedText Start = Encode("start");
    public static readonly JsonEncodedText Length = Encode("length");
    public static readonly JsonEncodedText Text = Encode("text");
    public static readonly JsonEncodedText Reason = Encode("reason");
    public static readonly JsonEncodedText Model = Encode("model");
    public static readonly JsonEncodedText Claim = Encode("claim");
    public static readonly JsonEncodedText Similarity = Encode("similarity");
    public static readonly JsonEncodedText Statement = Encode("statement");
    public static readonly JsonEncodedText Verdict = Encode("verdict");
    public static readonly JsonEncodedText Source = Encode("source");
    public static readonly JsonEncodedText Url = Encode("url");
    public static readonly JsonEncodedText Explanations = Encode("explanations");

    public static readonly JsonEncodedText[] SignalNames =
        [.. Analysis.Signals.All.Select(s => Encode(s.MachineName()))];

    public static readonly JsonEncodedText[] TargetNames =
        [.. TargetGroups.All.Select(g => Encode(g.MachineName()))];

    public static readonly JsonEncodedText[] BandLabels =
        [.. Enum.GetValues<Analysis.Band>().Select(b => Encode(b.Label()))];

    private static JsonEncodedText Encode(string value) => JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
}
