using Samenspraak.Analysis;

namespace Samenspraak.Web.Monitoring.Messages;

/// <summary>
/// The analysis result in the shape of <see cref="Message"/>'s columns. Built once per analysed message and used
/// both to set an entity (<see cref="ApplyTo"/>) and as parameter values for the bulk update in the pipeline.
/// </summary>
public sealed record MessageAnalysis(
    string Language,
    string ModelVersion,
    float[] Scores,
    SignalFlags Flags,
    Band MaxBand,
    float MaxScore,
    bool Harmful,
    TargetGroupFlags TargetGroups,
    string? EvidenceJson,
    string? ClaimId,
    float? ClaimSimilarity)
{
    /// <summary>The severity sort key of <see cref="MaxScore"/> (<see cref="MessageSeverity"/>), for the raw-SQL writers.</summary>
    public int Severity => MessageSeverity.Of(MaxScore);

    public static MessageAnalysis From(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var scores = new float[Signals.Count];
        var flags = SignalFlags.None;
        var maxBand = Band.Laag;
        var maxScore = 0f;
        foreach (var signal in Signals.All)
        {
            var score = result[signal];
            scores[(int)signal] = (float)score.Score;
            if (score.Flagged)
            {
                flags |= MessageFlags.Of(signal);
            }

            if (score.Band > maxBand)
            {
                maxBand = score.Band;
            }

            maxScore = Math.Max(maxScore, (float)score.Score);
        }

        var groups = TargetGroupFlags.None;
        foreach (var group in result.Targets)
        {
            groups |= MessageFlags.Of(group);
        }

        return new MessageAnalysis(
            result.Language,
            result.Model,
            scores,
            flags,
            maxBand,
            maxScore,
            result.Harmful,
            groups,
            MessageEvidence.ToJson(result.Evidence),
            result.ClaimMatch?.ClaimId,
            result.ClaimMatch is { } claim ? (float)claim.Similarity : null);
    }

    /// <summary>Copies the result onto <paramref name="message"/> and marks it analysed.</summary>
    public void ApplyTo(Message message, DateTimeOffset analysedAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Language = Language;
        message.ModelVersion = ModelVersion;
        foreach (var signal in Signals.All)
        {
            SignalColumns.WriteScore(message, signal, Scores[(int)signal]);
        }

        message.Flags = Flags;
        message.MaxBand = MaxBand;
        message.MaxScore = MaxScore;
        message.Harmful = Harmful;
        message.TargetGroups = TargetGroups;
        message.EvidenceJson = EvidenceJson;
        message.ClaimId = ClaimId;
        message.ClaimSimilarity = ClaimSimilarity;
        message.AnalysisState = AnalysisState.Analysed;
        message.AnalysedAt = analysedAt;
        message.LeaseId = null;
        message.LeasedUntil = null;
    }
}
