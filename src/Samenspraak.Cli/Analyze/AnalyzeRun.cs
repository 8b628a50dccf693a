using Samenspraak.Analysis;
using Samenspraak.Cli.Input;
using Samenspraak.Cli.Resources;

namespace Samenspraak.Cli.Analyze;

/// <summary>Executes a parsed `analyze` request: open input and output, run the pipeline, summarise, choose the exit code.</summary>
internal static class AnalyzeRun
{
    public static async Task<int> ExecuteAsync(CliConsole console, AnalyzeRequest request, CancellationToken cancellationToken)
    {
        // The input first: a wrong path or an unusable file is reported before the model is loaded.
        using var reader = InputOpener.Open(request.Input, request.Format, AnalyzeColumns.All, console.In, request.MaxLineBytes);
        if (!reader.HasColumn(AnalyzeColumns.Id) && !request.Quiet)
        {
            console.Error.WriteLine(CliTexts.WarningNoIdColumn);
        }
        var analyzer = TextAnalyzer.Default;
        long claimsSkipped = 0;
        if (request.ClaimsFile is { } claimsPath)
        {
            var (claims, skipped) = ClaimsFile.Load(claimsPath, console, request.OnError, request.MaxLineBytes);
            analyzer = analyzer.WithClaims(claims);
            claimsSkipped = skipped;
            if (!request.Quiet)
            {
                console.Error.WriteLine(CliTexts.ClaimsLoaded(claims.Count, claimsPath));
            }
        }
        var settings = new AnalyzeSettings { Threads = request.Threads, Explain = request.Explain, OnError = request.OnError };
        var output = OutputTarget.Open(request.Output, console);
        AnalyzeSummary summary;
        try
        {
            summary = console.ErrorIsTerminal && !request.Quiet
                ? await SpectreProgressRun.RunAsync(console, r => Run(analyzer, settings, r, reader, output, cancellationToken), reader.TotalBytes)
                : await Run(analyzer, settings, new PlainReporter(console.Error, request.Quiet, reader.TotalBytes), reader, output, cancellationToken);
        }
        catch (IOException ex)
        {
            throw new CliException(ExitCodes.FileError, CliTexts.ErrorReadWrite(ex.Message), ex);
        }
        finally
        {
            await output.DisposeAsync();
        }
        return Summarise(console, request, summary, claimsSkipped);
    }

    private static Task<AnalyzeSummary> Run(TextAnalyzer analyzer, AnalyzeSettings settings, IAnalyzeReporter reporter, RecordReader reader, Stream output, CancellationToken token) =>
        new AnalyzePipeline(analyzer, settings, reporter).RunAsync(reader, output, token);

    private static int Summarise(CliConsole console, AnalyzeRequest request, AnalyzeSummary summary, long claimsSkipped)
    {
        if (!request.Quiet)
        {
            console.Error.WriteLine(CliTexts.AnalyzeDone(summary.Analysed, summary.Elapsed.TotalSeconds, summary.MessagesPerSecond));
        }
        if (summary.StoppedAt is { } stop)
        {
            console.Error.WriteLine(CliTexts.AnalyzeStopped(stop.Line));
            return summary.StoppedByEngineFailure ? ExitCodes.InternalError : ExitCodes.InputFormat;
        }
        var skipped = summary.Skipped + claimsSkipped;
        if (skipped > 0)
        {
            console.Error.WriteLine(CliTexts.AnalyzeSkippedSummary(skipped));
            return ExitCodes.LinesSkipped;
        }
        return ExitCodes.Ok;
    }
}
