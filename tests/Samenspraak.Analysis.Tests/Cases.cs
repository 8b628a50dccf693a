namespace Samenspraak.Analysis.Tests;

/// <summary>Shared helper: the analyzer under test and a compact way to read a flag.</summary>
internal static class Cases
{
    public static TextAnalyzer Analyzer => TextAnalyzer.Default;

    public static bool Flagged(string text, Signal signal) => Analyzer.Analyze(text)[signal].Flagged;
}
