using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Samenspraak.Analysis;
using Samenspraak.Analysis.Serialization;
using Samenspraak.Cli.Input;
using Samenspraak.Cli.Resources;

namespace Samenspraak.Cli.Analyze;

/// <summary>
/// reader → batches → parallel analysis → ordered writer. One thread reads and splits the input into batches;
/// worker threads analyse batches and serialise them to NDJSON bytes; one writer awaits the batches in input order
/// and copies their bytes to the output. A fixed pool of batches bounds memory: the reader waits for a free batch
/// when the writer falls behind. Output order always equals input order, whatever the number of threads.
/// The engine comes in as a function (normally <see cref="TextAnalyzer.Analyze"/>) so tests can slow it down or
/// make it fail on purpose.
/// </summary>
internal sealed class AnalyzePipeline(Func<string, AnalysisOptions, AnalysisResult> analyse, AnalyzeSettings settings, IAnalyzeReporter reporter)
{
    public AnalyzePipeline(TextAnalyzer analyzer, AnalyzeSettings settings, IAnalyzeReporter reporter)
        : this(analyzer.Analyze, settings, reporter)
    {
    }

    private readonly AnalysisOptions _options = settings.Explain ? AnalysisOptions.Explained : AnalysisOptions.Default;

    public async Task<AnalyzeSummary> RunAsync(RecordReader reader, Stream output, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var free = Channel.CreateBounded<Batch>(settings.BatchesInFlight);
        for (var i = 0; i < settings.BatchesInFlight; i++)
        {
            free.Writer.TryWrite(new Batch(settings.BatchSize));
        }
        var work = Channel.CreateUnbounded<Batch>(new UnboundedChannelOptions { SingleWriter = true });
        var ordered = Channel.CreateUnbounded<Batch>(new UnboundedChannelOptions { SingleWriter = true, SingleReader = true });
        var writer = new OrderedWriter(output, reporter, settings.OnError, reader);

        var reading = Task.Run(() => ReadAsync(reader, free.Reader, work.Writer, ordered.Writer, stop.Token), CancellationToken.None);
        var workers = Enumerable.Range(0, Math.Max(1, settings.Threads))
            .Select(_ => Task.Run(() => AnalyseAsync(work.Reader, stop), CancellationToken.None))
            .ToArray();
        var writing = Task.Run(() => writer.WriteAsync(ordered.Reader, free.Writer, stop), CancellationToken.None);

        Exception? writerError = null;
        try
        {
            await writing;
        }
        catch (Exception ex)
        {
            writerError = ex;
        }
        // Whatever ended the writer (the end of the input, a stop on error, a failure, Ctrl+C), nothing upstream may
        // keep running: cancel it and wait for it before the reader's buffers are released.
        await stop.CancelAsync();
        await Task.WhenAll([reading, .. workers]).ContinueWith(static _ => { }, TaskScheduler.Default);
        // A failing reader or worker explains a cancelled writer better than the cancellation does.
        await ThrowIfFaulted(reading, workers);
        if (writerError is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(writerError);
        }
        await output.FlushAsync(cancellationToken);
        return new AnalyzeSummary(writer.Written, writer.Skipped, writer.StoppedAt, writer.StoppedByEngineFailure, clock.Elapsed);
    }

    private async Task ReadAsync(RecordReader reader, ChannelReader<Batch> free, ChannelWriter<Batch> work, ChannelWriter<Batch> ordered, CancellationToken token)
    {
        try
        {
            var batch = await free.ReadAsync(token);
            while (true)
            {
                var status = reader.Read(out var record, out var problem);
                if (status == ReadStatus.End)
                {
                    break;
                }
                if (status == ReadStatus.Problem)
                {
                    batch.AddProblem(problem);
                    if (settings.OnError == OnErrorMode.Fail)
                    {
                        break;
                    }
                }
                else
                {
                    batch.Add(record);
                }
                if (batch.IsFull)
                {
                    Dispatch(batch, work, ordered);
                    batch = await free.ReadAsync(token);
                }
            }
            if (!batch.IsEmpty)
            {
                Dispatch(batch, work, ordered);
            }
        }
        finally
        {
            work.TryComplete();
            ordered.TryComplete();
        }
    }

    private static void Dispatch(Batch batch, ChannelWriter<Batch> work, ChannelWriter<Batch> ordered)
    {
        // The ordered queue first: the writer learns the batch's place before any worker can finish it.
        ordered.TryWrite(batch);
        work.TryWrite(batch);
    }

    private async Task AnalyseAsync(ChannelReader<Batch> work, CancellationTokenSource stop)
    {
        try
        {
            while (await work.WaitToReadAsync(stop.Token))
            {
                while (work.TryRead(out var batch))
                {
                    stop.Token.ThrowIfCancellationRequested();
                    Analyse(batch);
                    batch.Analysed.TrySetResult();
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The writer waits for this worker's batch; without the stop it would wait forever.
            await stop.CancelAsync();
            throw;
        }
    }

    private void Analyse(Batch batch)
    {
        using var json = new Utf8JsonWriter(batch.Output, AnalysisJson.WriterOptions);
        for (var i = 0; i < batch.Count; i++)
        {
            var item = batch.Items[i];
            var text = item.Values[AnalyzeColumns.Text]!;
            var id = item.Values[AnalyzeColumns.Id] ?? item.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            try
            {
                var result = analyse(text, _options);
                json.Reset();
                AnalysisJson.WriteResult(json, id, result);
                json.Flush();
                batch.Output.Write("\n"u8);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bug in the engine must not take the whole run down silently, nor corrupt the line: report it.
                json.Reset();
                batch.Failures.Add((i, new InputProblem(item.Line, CliTexts.ProblemAnalysisFailed(ex.Message))));
            }
            batch.Ends[i] = batch.Output.WrittenCount;
        }
    }

    private static async Task ThrowIfFaulted(Task reading, Task[] workers)
    {
        foreach (var task in workers.Prepend(reading))
        {
            if (task.IsFaulted)
            {
                await task;
            }
        }
    }
}
