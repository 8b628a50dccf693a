using BenchmarkDotNet.Attributes;
using Samenspraak.Analysis.Themes;

namespace Samenspraak.Benchmarks;

/// <summary>
/// Theme maths on a synthetic day of 10,000 municipal comments built from the analyzer benchmark's sentences with
/// varying words, hashtags and authors: key-phrase extraction plus incremental clustering, and campaign detection.
/// Messages per second = 10,000 / mean time.
/// </summary>
[MemoryDiagnoser]
public class ThemeBenchmarks
{
    private const int Count = 10_000;
    private static readonly string[] Hashtags = ["#mobiliteit", "#zwembad", "#asiel", "#kermis", "#parking", "#bib", "#pride", "#vaccin"];

    private readonly List<TrendMessage> _messages = [];

    [GlobalSetup]
    public void Setup()
    {
        var t0 = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < Count; i++)
        {
            var text = AnalyzerBenchmarks.Messages[i % AnalyzerBenchmarks.Messages.Length]
                + " " + Hashtags[(i / 7) % Hashtags.Length] + " woord" + (i % 97).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _messages.Add(new TrendMessage(i, "auteur-" + (i % 1500).ToString(System.Globalization.CultureInfo.InvariantCulture), t0.AddSeconds(8 * i), text, Toxic: i % 5 == 0));
        }
    }

    [Benchmark(Description = "Key phrases + incremental clustering (10,000 messages)")]
    public int ExtractAndCluster()
    {
        var clusterer = new ThemeClusterer();
        foreach (var m in _messages)
        {
            clusterer.Assign(KeyPhraseExtractor.Extract(m.Text));
        }
        return clusterer.Themes.Count;
    }

    [Benchmark(Description = "Campaign detection, MinHash + LSH (10,000 messages)")]
    public int Campaigns() => CampaignDetector.Detect(_messages).Count;

    [Benchmark(Description = "Harassment + pestaccounts (10,000 messages)")]
    public int Harassment() => HarassmentDetector.TargetedPeople(_messages).Count + HarassmentDetector.AbusiveAuthors(_messages).Count;
}
