using System.Diagnostics;
using System.Globalization;
using Samenspraak.Analysis;
using Samenspraak.Cli.Analyze;
using Samenspraak.Cli.Input;
using Samenspraak.Throughput;

// Usage: dotnet run -c Release --project bench/Samenspraak.Throughput -- [--lines N] [--threads N] [--batch N] [--dir DIR] [--cli PATH]
// --cli PATH times a published samenspraak binary on the same file with /usr/bin/time -v.
var options = BenchOptions.Parse(args);
Directory.CreateDirectory(options.Directory);
var input = Path.Combine(options.Directory, $"comments-{options.Lines}.ndjson");
var output = Path.Combine(options.Directory, "analysed.ndjson");

var clock = Stopwatch.StartNew();
CommentGenerator.Write(input, options.Lines);
var inputBytes = new FileInfo(input).Length;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Generated {options.Lines:N0} comments ({inputBytes / 1e6:N1} MB, {inputBytes / (double)options.Lines:N0} bytes per line) in {clock.Elapsed.TotalSeconds:N1} s: {input}"));

clock.Restart();
var analyzer = TextAnalyzer.Default;
analyzer.Analyze("Opwarmen: het model laden voor de meting begint.");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Model {analyzer.ModelVersion} loaded in {clock.Elapsed.TotalMilliseconds:N0} ms"));

// The pipeline's own ceiling: the same run with the engine replaced by a precomputed result, so what remains is
// reading, parsing, batching, ordering, JSON writing and file output.
var fixedResult = analyzer.Analyze("Die moslims zijn ratten, buiten met dat volk. Bel hem op 0471 23 45 67.");
var (readMicros, writeMicros) = Components.Measure(input, fixedResult);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Single thread: reading and parsing {readMicros:N2} µs per line; writing the contract JSON {writeMicros:N2} µs per message ({AnalysisJsonLength(fixedResult)} bytes)"));
var overhead = InProcess.Run((_, _) => fixedResult, input, output, options.Threads, options.BatchSize);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Pipeline alone (engine replaced by a fixed result), {options.Threads} threads: {overhead.Analysed:N0} messages in {overhead.Seconds:N2} s = {overhead.Analysed / overhead.Seconds:N0} messages/s; CPU {overhead.CpuSeconds:N2} s = {overhead.CpuMicrosecondsPerMessage:N2} µs per message"));

var result = InProcess.Run(analyzer.Analyze, input, output, options.Threads, options.BatchSize);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"In-process pipeline, {options.Threads} threads: {result.Analysed:N0} messages in {result.Seconds:N2} s = {result.Analysed / result.Seconds:N0} messages/s; CPU {result.CpuSeconds:N2} s = {result.CpuMicrosecondsPerMessage:N2} µs per message; " +
    $"peak working set {result.PeakWorkingSetBytes / 1048576d:N0} MiB; output {new FileInfo(output).Length / 1e6:N1} MB; GCs gen0/1/2 {result.Gen0}/{result.Gen1}/{result.Gen2}"));

// After the pipeline runs, so the texts held in memory here do not count in their peak working set.
foreach (var threads in new[] { 1, options.Threads }.Distinct())
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Engine alone (200,000 texts in memory, Parallel.For), {threads} thread(s): {EngineOnly.MessagesPerSecond(analyzer, input, 200_000, threads):N0} messages/s"));
}

if (options.Cli is { } cli)
{
    var timed = TimedCli.Run(cli, input, output, options.Threads);
    Console.WriteLine(timed is null
        ? "CLI: /usr/bin/time not available or the run failed"
        : string.Create(CultureInfo.InvariantCulture,
            $"CLI binary ({cli}): {options.Lines:N0} messages in {timed.Value.Seconds:N2} s wall = {options.Lines / timed.Value.Seconds:N0} messages/s (including start-up and model load); max RSS {timed.Value.MaxRssKb / 1024d:N0} MiB"));
}

static int AnalysisJsonLength(AnalysisResult result) =>
    System.Text.Encoding.UTF8.GetByteCount(Samenspraak.Analysis.Serialization.AnalysisJson.Serialize("b-0000001", result));

internal sealed record BenchOptions(int Lines, int Threads, string Directory, string? Cli, int BatchSize)
{
    public static BenchOptions Parse(string[] args)
    {
        var lines = 1_000_000;
        var threads = Environment.ProcessorCount;
        var directory = Path.Combine(Path.GetTempPath(), "samenspraak-throughput");
        string? cli = null;
        var batch = 1000;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--lines": lines = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--threads": threads = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--dir": directory = args[i + 1]; break;
                case "--cli": cli = args[i + 1]; break;
                case "--batch": batch = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option {args[i]}");
            }
        }
        return new BenchOptions(lines, threads, directory, cli, batch);
    }
}

/// <summary>File → pipeline → file, exactly as `samenspraak analyze --quiet` runs it, minus process start-up.</summary>
internal static class InProcess
{
    /// <param name="CpuSeconds">Processor time of the whole process during the run: on a shared, busy machine the
    /// cost per message in CPU time is steadier than the wall-clock rate.</param>
    public sealed record Result(long Analysed, double Seconds, double CpuSeconds, long PeakWorkingSetBytes, int Gen0, int Gen1, int Gen2)
    {
        public double CpuMicrosecondsPerMessage => CpuSeconds * 1e6 / Math.Max(1, Analysed);
    }

    private sealed class Silent : IAnalyzeReporter
    {
        public void Problem(InputProblem problem, bool stopping) => Console.Error.WriteLine($"line {problem.Line}: {problem.Reason}");
        public void Progress(long analysed, long skipped, long bytesRead) { }
    }

    public static Result Run(Func<string, AnalysisOptions, AnalysisResult> analyse, string input, string output, int threads, int batchSize)
    {
        var (g0, g1, g2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var reader = InputOpener.Open(input, InputFormat.Auto, AnalyzeColumns.All, Stream.Null);
        using var stream = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
        var settings = new AnalyzeSettings { Threads = threads, BatchSize = batchSize };
        var summary = new AnalyzePipeline(analyse, settings, new Silent()).RunAsync(reader, stream, CancellationToken.None).GetAwaiter().GetResult();
        stream.Flush();
        var seconds = clock.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return new Result(summary.Analysed, seconds, (self.TotalProcessorTime - cpu).TotalSeconds, self.PeakWorkingSet64,
            GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2);
    }
}

/// <summary>Runs the published CLI under /usr/bin/time -v and reads wall time and maximum resident set size.</summary>
internal static class TimedCli
{
    public static (double Seconds, long MaxRssKb)? Run(string cli, string input, string output, int threads)
    {
        if (!File.Exists("/usr/bin/time"))
        {
            return null;
        }
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-v", cli, "analyze", input, "--output", output, "--quiet", "--threads", threads.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(stderr);
            return null;
        }
        double? seconds = null;
        long? rss = null;
        foreach (var line in stderr.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("Elapsed (wall clock) time", StringComparison.Ordinal))
            {
                seconds = ParseClock(trimmed[(trimmed.LastIndexOf(": ", StringComparison.Ordinal) + 2)..]);
            }
            else if (trimmed.StartsWith("Maximum resident set size (kbytes):", StringComparison.Ordinal))
            {
                rss = long.Parse(trimmed["Maximum resident set size (kbytes):".Length..].Trim(), CultureInfo.InvariantCulture);
            }
        }
        return seconds is { } s && rss is { } r ? (s, r) : null;
    }

    /// <summary>"m:ss.ss" or "h:mm:ss".</summary>
    private static double ParseClock(string value)
    {
        var total = 0d;
        foreach (var part in value.Trim().Split(':'))
        {
            total = (total * 60) + double.Parse(part, CultureInfo.InvariantCulture);
        }
        return total;
    }
}
