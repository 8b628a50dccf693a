using System.Text;
using Samenspraak.Cli.Analyze;
using Samenspraak.Cli.Input;

namespace Samenspraak.Analysis.Tests.Cli;

public sealed class PipelineTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private sealed class RecordingReporter : IAnalyzeReporter
    {
        public List<(InputProblem Problem, bool Stopping)> Problems { get; } = [];
        public void Problem(InputProblem problem, bool stopping)
        {
            lock (Problems)
            {
                Problems.Add((problem, stopping));
            }
        }
        public void Progress(long analysed, long skipped, long bytesRead) { }
    }

    /// <summary>A stand-in engine whose time per message varies, so parallel workers finish batches out of order.</summary>
    private static AnalysisResult Jittery(string text, AnalysisOptions options)
    {
        var hash = (uint)text.GetHashCode(StringComparison.Ordinal);
        if (hash % 7 == 0)
        {
            Thread.SpinWait((int)(hash % 20000));
        }
        if (text.Contains("KAPOT", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("engine bug");
        }
        var score = (hash % 10000) / 10000d;
        return new AnalysisResult
        {
            Language = "nl",
            Harmful = score > 0.5,
            Signals = [.. Signals.All.Select(s => new SignalScore(score, score > 0.5, Band.Laag))],
            Targets = [],
            Evidence = [],
            Model = "jitter",
        };
    }

    private string Input(int count, Func<int, string>? text = null)
    {
        var sb = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            sb.Append("{\"id\":\"").Append(i).Append("\",\"text\":\"").Append(text?.Invoke(i) ?? $"bericht nummer {i} over de fietsstraat").Append("\"}\n");
        }
        return _temp.File($"in-{count}.ndjson", sb.ToString());
    }

    private static (byte[] Output, AnalyzeSummary Summary, RecordingReporter Reporter) Run(
        string file, Func<string, AnalysisOptions, AnalysisResult> analyse, int threads, int batchSize, OnErrorMode onError = OnErrorMode.Skip)
    {
        using var reader = InputOpener.Open(file, InputFormat.Auto, AnalyzeColumns.All, Stream.Null);
        var output = new MemoryStream();
        var reporter = new RecordingReporter();
        var settings = new AnalyzeSettings { Threads = threads, BatchSize = batchSize, OnError = onError };
        var summary = new AnalyzePipeline(analyse, settings, reporter).RunAsync(reader, output, CancellationToken.None).GetAwaiter().GetResult();
        return (output.ToArray(), summary, reporter);
    }

    [Fact]
    public void ParallelOutputEqualsSequentialOutputByteForByte()
    {
        var file = Input(5000);

        var sequential = Run(file, Jittery, threads: 1, batchSize: 1000);
        var parallel = Run(file, Jittery, threads: 4, batchSize: 7);

        Assert.Equal(5000, sequential.Summary.Analysed);
        Assert.Equal(sequential.Output, parallel.Output);
        var ids = Encoding.UTF8.GetString(parallel.Output).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.Equal(Enumerable.Range(1, 5000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), ids);
    }

    [Fact]
    public void ParallelEqualsSequentialOnTheRealEngine()
    {
        string[] texts =
        [
            "Die moslims zijn ratten en moeten allemaal weg",
            "Amai, da's nen toffe fietsstraat",
            "De burgemeester moet opstappen, wat een schande",
            "Bel 0471 23 45 67 als ge hem wilt vinden",
        ];
        var file = Input(800, i => texts[i % texts.Length] + " " + i);
        var engine = TextAnalyzer.Default;

        var sequential = Run(file, engine.Analyze, threads: 1, batchSize: 1000);
        var parallel = Run(file, engine.Analyze, threads: 3, batchSize: 13);

        Assert.Equal(sequential.Output, parallel.Output);
    }

    [Fact]
    public void AnEngineFailureOnOneMessageIsReportedAndSkippedNotFatal()
    {
        var file = Input(50, i => i == 23 ? "KAPOT" : $"bericht {i}");

        var (output, summary, reporter) = Run(file, Jittery, threads: 2, batchSize: 5);

        Assert.Equal(49, summary.Analysed);
        Assert.Equal(1, summary.Skipped);
        var (problem, stopping) = Assert.Single(reporter.Problems);
        Assert.Equal(23, problem.Line);
        Assert.False(stopping);
        Assert.Contains("engine bug", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(49, Encoding.UTF8.GetString(output).Count(c => c == '\n'));
    }

    [Fact]
    public void WithFailAnEngineFailureStopsAfterExactlyTheLinesBeforeIt()
    {
        var file = Input(50, i => i == 23 ? "KAPOT" : $"bericht {i}");

        var (output, summary, _) = Run(file, Jittery, threads: 2, batchSize: 10, OnErrorMode.Fail);

        Assert.Equal(22, summary.Analysed);
        Assert.True(summary.StoppedByEngineFailure);
        Assert.Equal(23, summary.StoppedAt!.Value.Line);
        Assert.Equal(22, Encoding.UTF8.GetString(output).Count(c => c == '\n'));
    }

    [Fact]
    public void ProblemsAcrossManyBatchesAreReportedInLineOrder()
    {
        var sb = new StringBuilder();
        for (var i = 1; i <= 3000; i++)
        {
            sb.Append(i % 97 == 0 ? "{kapot\n" : $"{{\"id\":\"{i}\",\"text\":\"t {i}\"}}\n");
        }
        var file = _temp.File("problems.ndjson", sb.ToString());

        var (_, summary, reporter) = Run(file, Jittery, threads: 4, batchSize: 10);

        var expected = Enumerable.Range(1, 3000).Where(i => i % 97 == 0).Select(i => (long)i).ToList();
        Assert.Equal(expected, reporter.Problems.Select(p => p.Problem.Line));
        Assert.Equal(3000 - expected.Count, summary.Analysed);
    }

    [Fact]
    public async Task ALongRunOfBadLinesIsHandedOnInBoundedBatches()
    {
        var sb = new StringBuilder();
        for (var i = 1; i <= 2500; i++)
        {
            sb.Append("{kapot\n");
        }
        sb.Append("{\"id\":\"laatste\",\"text\":\"hallo\"}\n");
        var file = _temp.File("junk.ndjson", sb.ToString());
        var largest = 0;
        var reporter = new RecordingReporter();

        using var reader = InputOpener.Open(file, InputFormat.Auto, AnalyzeColumns.All, Stream.Null);
        var settings = new AnalyzeSettings { Threads = 2, BatchSize = 100 };
        var pipeline = new AnalyzePipeline(Jittery, settings, new CountingReporter(reporter, n => largest = Math.Max(largest, n)));
        var summary = await pipeline.RunAsync(reader, new MemoryStream(), TestContext.Current.CancellationToken);

        Assert.Equal(2500, summary.Skipped);
        Assert.Equal(1, summary.Analysed);
        // Problems reach the writer (and the person) at least every 100 lines, not all at the end.
        Assert.InRange(largest, 1, 100);
    }

    /// <summary>Records how many problems arrive between two progress reports (one progress report per batch).</summary>
    private sealed class CountingReporter(RecordingReporter inner, Action<int> onBatch) : IAnalyzeReporter
    {
        private int _sinceProgress;

        public void Problem(InputProblem problem, bool stopping)
        {
            _sinceProgress++;
            inner.Problem(problem, stopping);
        }

        public void Progress(long analysed, long skipped, long bytesRead)
        {
            onBatch(_sinceProgress);
            _sinceProgress = 0;
        }
    }

    [Fact]
    public void CancellationStopsTheRun()
    {
        var file = Input(20000);
        using var cts = new CancellationTokenSource();
        using var reader = InputOpener.Open(file, InputFormat.Auto, AnalyzeColumns.All, Stream.Null);
        var settings = new AnalyzeSettings { Threads = 2, BatchSize = 10 };
        var seen = 0;
        AnalysisResult SlowThenCancel(string text, AnalysisOptions options)
        {
            if (Interlocked.Increment(ref seen) == 100)
            {
                cts.Cancel();
            }
            return Jittery(text, options);
        }

        var run = new AnalyzePipeline(SlowThenCancel, settings, new RecordingReporter()).RunAsync(reader, new MemoryStream(), cts.Token);

        Assert.ThrowsAny<OperationCanceledException>(() => run.GetAwaiter().GetResult());
    }
}
