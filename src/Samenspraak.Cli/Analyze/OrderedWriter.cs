using System.Threading.Channels;
using Samenspraak.Cli.Input;

namespace Samenspraak.Cli.Analyze;

/// <summary>
/// Takes batches in input order, waits until each is analysed, writes its bytes and reports its problems in line
/// order, then returns the batch to the pool. With --on-error fail it writes the lines before the first problem and
/// stops.
/// </summary>
internal sealed class OrderedWriter(Stream output, IAnalyzeReporter reporter, OnErrorMode onError, RecordReader reader)
{
    public long Written { get; private set; }
    public long Skipped { get; private set; }
    public InputProblem? StoppedAt { get; private set; }
    public bool StoppedByEngineFailure { get; private set; }

    public async Task WriteAsync(ChannelReader<Batch> ordered, ChannelWriter<Batch> free, CancellationTokenSource stop)
    {
        await foreach (var batch in ordered.ReadAllAsync(stop.Token))
        {
            await batch.Analysed.Task.WaitAsync(stop.Token);
            var go = onError == OnErrorMode.Fail ? WriteUntilFirstProblem(batch) : WriteAll(batch);
            Written += go.Written;
            reporter.Progress(Written, Skipped, reader.BytesRead);
            batch.Reset();
            free.TryWrite(batch);
            if (!go.Continue)
            {
                return;
            }
        }
    }

    private (long Written, bool Continue) WriteAll(Batch batch)
    {
        output.Write(batch.Output.WrittenSpan);
        if (batch.Problems.Count > 0 || batch.Failures.Count > 0)
        {
            foreach (var problem in ProblemsInLineOrder(batch))
            {
                reporter.Problem(problem, stopping: false);
                Skipped++;
            }
        }
        return (batch.Count - batch.Failures.Count, true);
    }

    private (long Written, bool Continue) WriteUntilFirstProblem(Batch batch)
    {
        // The first problem in the batch, as the number of records before it.
        var stopAfter = batch.Count;
        InputProblem? first = null;
        var engine = false;
        if (batch.Problems.Count > 0)
        {
            (stopAfter, var problem) = batch.Problems[0];
            first = problem;
        }
        foreach (var (index, problem) in batch.Failures)
        {
            if (index < stopAfter)
            {
                (stopAfter, first, engine) = (index, problem, true);
                break;
            }
        }
        var end = stopAfter == 0 ? 0 : batch.Ends[stopAfter - 1];
        output.Write(batch.Output.WrittenSpan[..end]);
        if (first is { } stopping)
        {
            reporter.Problem(stopping, stopping: true);
            StoppedAt = stopping;
            StoppedByEngineFailure = engine;
            return (stopAfter, false);
        }
        return (stopAfter, true);
    }

    private static IEnumerable<InputProblem> ProblemsInLineOrder(Batch batch) =>
        batch.Problems.Select(p => p.Problem).Concat(batch.Failures.Select(f => f.Problem)).OrderBy(p => p.Line);
}
