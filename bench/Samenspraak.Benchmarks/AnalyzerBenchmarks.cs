using BenchmarkDotNet.Attributes;
using Samenspraak.Analysis;
using Samenspraak.Analysis.Normalisation;

namespace Samenspraak.Benchmarks;

/// <summary>
/// Library throughput on typical ~150-character municipal comments. Each invocation analyses the whole batch, so
/// messages per second = Messages.Length / mean time.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    public static readonly string[] Messages =
    [
        "Het nieuwe circulatieplan is echt een ramp, ik sta elke ochtend een half uur langer in de file. Wie heeft dit bedacht?",
        "allez, da's toch ne schone nieuwe speeltuin geworden aan de kerk, merci aan de mannen van de groendienst!",
        "Die asielzoekers in het opvangcentrum zijn allemaal profiteurs, terug naar hun land met dat volk, we zijn het beu.",
        "Wanneer gaat de bib terug open na de verbouwing? Mijn kinderen missen hun wekelijkse boekjes echt heel erg.",
        "Wakker worden schapen, die vaccins veranderen uw DNA en de media verzwijgen het, doe uw eigen onderzoek!",
        "Ik vind het geweldig dat er dit jaar een Pride in onze stad is, iedereen moet zichzelf kunnen zijn hier.",
        "De burgemeester belooft al jaren een nieuw zwembad maar er gebeurt niks, typisch voor dit stadsbestuur.",
        "Ge zijt ne echte sukkel als ge denkt dat die nieuwe parking iets gaat oplossen, amai zeg, wat een geklaag.",
    ];

    private readonly TextAnalyzer _analyzer = TextAnalyzer.Default;
    private readonly NormalisedText _normalised = new();

    [GlobalSetup]
    public void Setup() => _analyzer.Analyze("opwarmen");

    [Benchmark(Description = "Analyze, explanations off (8 messages)")]
    public int Typical()
    {
        var flagged = 0;
        foreach (var m in Messages)
        {
            if (_analyzer.Analyze(m).Harmful) flagged++;
        }
        return flagged;
    }

    [Benchmark(Description = "Analyze, explanations on (8 messages)")]
    public int Explained()
    {
        var n = 0;
        foreach (var m in Messages)
        {
            n += _analyzer.Analyze(m, AnalysisOptions.Explained).Explanations!.Count;
        }
        return n;
    }

    [Benchmark(Description = "Normalise only (8 messages)")]
    public int Normalise()
    {
        var n = 0;
        foreach (var m in Messages)
        {
            Normaliser.Normalise(m, _normalised);
            n += _normalised.Length;
        }
        return n;
    }
}
