namespace Samenspraak.Web.Monitoring.Pipeline;

/// <summary>
/// When a periodic job (themes, alerts) runs next: a first run shortly after start, then at the latest one interval
/// after the previous run, earlier when woken (<see cref="JobWakeup"/>), but never sooner than the wake-up gap after the
/// previous run ended. The gap is the debounce: a million-message ingest stores hundreds of batches and wakes the job
/// hundreds of times, yet the job runs at most once per gap and catches up with everything stored meanwhile.
/// </summary>
internal sealed class PromptSchedule
{
    private readonly PipelineSignal _wakeup;
    private readonly TimeSpan _interval;
    private readonly TimeSpan _gap;

    public PromptSchedule(PipelineSignal wakeup, TimeSpan interval, TimeSpan gap)
    {
        _wakeup = wakeup;
        _interval = interval;
        _gap = gap < TimeSpan.Zero ? TimeSpan.Zero : gap;
    }

    /// <summary>Waits for the first run: the start delay, or a wake-up (then no sooner than the gap).</summary>
    public Task FirstRunAsync(TimeSpan startDelay, CancellationToken ct) =>
        WaitAsync(startDelay < TimeSpan.Zero ? TimeSpan.Zero : startDelay, ct);

    /// <summary>Waits for the next run; call it right after a run ended.</summary>
    public Task NextRunAsync(CancellationToken ct) => WaitAsync(_interval, ct);

    private async Task WaitAsync(TimeSpan longest, CancellationToken ct)
    {
        var since = TimeProvider.System.GetTimestamp();
        if (!await _wakeup.WaitAsync(longest, ct))
        {
            return;
        }

        // Woken: wait out the rest of the gap; wake-ups during it are kept by the signal and cause one more run.
        var rest = _gap - TimeProvider.System.GetElapsedTime(since);
        if (rest > TimeSpan.Zero)
        {
            await Task.Delay(rest, ct);
        }
    }
}
