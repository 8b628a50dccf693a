using System.Globalization;
using System.Text;

namespace Samenspraak.Analysis.Explanations;

/// <summary>Plain-Dutch sentences per signal, built from the score, the band and the evidence.</summary>
internal static class Explainer
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static Dictionary<Signal, string> Explain(SignalScore[] scores, IReadOnlyList<EvidenceSpan> evidence, IReadOnlyList<TargetGroup> targets,
        ClaimMatch? claim, string language)
    {
        var result = new Dictionary<Signal, string>(Signals.Count);
        foreach (var signal in Signals.All)
        {
            var s = scores[(int)signal];
            var sb = new StringBuilder();
            sb.Append(Capitalise(signal.DutchLabel())).Append(": ").Append(s.Band.Label())
              .Append(" (score ").Append(s.Score.ToString("0.00", Dutch)).Append(s.Flagged ? ", gemarkeerd). " : ", niet gemarkeerd). ");
            var reasons = new List<string>();
            foreach (var e in evidence)
            {
                if (e.Signal == signal && reasons.Count < 4)
                {
                    reasons.Add(e.Reason + " (\"" + e.Text + "\")");
                }
            }
            if (reasons.Count > 0)
            {
                sb.Append("Aanwijzingen: ").Append(string.Join("; ", reasons)).Append('.');
            }
            else if (language != "nl" && signal != Signal.Doxxing)
            {
                sb.Append("Het bericht is niet in het Nederlands; dit signaal is daarom niet betrouwbaar beoordeeld.");
            }
            else
            {
                sb.Append(s.Flagged ? "Het taalmodel herkent dit patroon uit de trainingsvoorbeelden." : "Geen duidelijke aanwijzingen gevonden.");
            }
            if (signal == Signal.Hate && targets.Count > 0)
            {
                sb.Append(" Geviseerde groep: ").Append(string.Join(", ", targets.Select(t => t.DutchLabel()))).Append('.');
            }
            if (signal == Signal.Disinformation && claim is not null)
            {
                sb.Append(" Lijkt op de bekende bewering \"").Append(claim.Statement).Append("\" (").Append(claim.Verdict)
                  .Append(", gelijkenis ").Append(claim.Similarity.ToString("0.00", Dutch)).Append(").");
            }
            result[signal] = sb.ToString();
        }
        return result;
    }

    private static string Capitalise(string s) => string.Concat(s[..1].ToUpperInvariant(), s.AsSpan(1));
}
