using Samenspraak.Analysis.Claims;
using Samenspraak.Analysis.Engine;
using Samenspraak.Analysis.Models;

namespace Samenspraak.Analysis;

/// <summary>
/// The analysis engine's entry point. Immutable and thread-safe: one instance serves every thread.
/// </summary>
public sealed class TextAnalyzer
{
    private static readonly Lazy<TextAnalyzer> LazyDefault =
        new(() => new TextAnalyzer(ModelArtifacts.LoadEmbedded(), ClaimIndex.Build(BuiltInClaims.All)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly AnalysisPipeline _pipeline;

    internal TextAnalyzer(ModelArtifacts artifacts, ClaimIndex claims)
    {
        Artifacts = artifacts;
        Claims = claims;
        _pipeline = new AnalysisPipeline(artifacts, claims);
    }

    /// <summary>The analyzer on the committed, embedded model artifacts and the built-in claim set (loaded once).</summary>
    public static TextAnalyzer Default => LazyDefault.Value;

    /// <summary>Version of the model artifacts, e.g. "samenspraak-nl-2026.11.1".</summary>
    public string ModelVersion => Artifacts.Version;

    internal ModelArtifacts Artifacts { get; }

    internal ClaimIndex Claims { get; }

    /// <summary>Returns an analyzer that also matches <paramref name="claims"/> (added to the claims this one knows).</summary>
    public TextAnalyzer WithClaims(IEnumerable<KnownClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return new TextAnalyzer(Artifacts, ClaimIndex.Build(Claims.Claims.Concat(claims)));
    }

    /// <summary>Analyses one message. Deterministic and safe to call from many threads at once.</summary>
    public AnalysisResult Analyze(string text, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= AnalysisOptions.Default;
        return text.Length <= LongTextWindows.WindowLength
            ? _pipeline.Analyze(text, options)
            : LongTextWindows.Analyze(text, options, window => _pipeline.Analyze(window, AnalysisOptions.Default));
    }
}
