using System.Diagnostics;
using Samenspraak.Analysis;
using Samenspraak.Cli.Analyze;
using Samenspraak.Cli.Input;

namespace Samenspraak.Throughput;

/// <summary>
/// The engine without the pipeline: texts already in memory, analysed with Parallel.For. The gap between this rate
/// and the end-to-end rate is what reading, ordering and writing cost.
/// </summary>
internal static class EngineOnly
{
    public static double MessagesPerSecond(TextAnalyzer analyzer, string input, int count, int threads)
    {
        var texts = new List<string>(count);
        using (var reader = InputOpener.Open(input, InputFormat.Auto, AnalyzeColumns.All, Stream.Null))
        {
            while (texts.Count < count && reader.Read(out var record, out _) is var status && status != ReadStatus.End)
            {
                if (status == ReadStatus.Record)
                {
                    texts.Add(record.Values[AnalyzeColumns.Text]!);
                }
            }
        }
        var clock = Stopwatch.StartNew();
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => analyzer.Analyze(texts[i]));
        return texts.Count / clock.Elapsed.TotalSeconds;
    }
}
