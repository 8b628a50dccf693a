namespace Samenspraak.Web.Monitoring.Pipeline;

/// <summary>
/// Tells the periodic jobs of this process that something they act on has changed, so they need not wait for their
/// next interval. Each job subscribes its own <see cref="PipelineSignal"/> (one signal may listen to several
/// broadcasts); a notification wakes every subscriber once, however many notifications arrive meanwhile. Other
/// instances are not told: they find the change on their own interval, the database stays the source of truth.
/// </summary>
public abstract class JobWakeup
{
    private readonly Lock _gate = new();
    private PipelineSignal[] _listeners = [];

    public void Subscribe(PipelineSignal listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        lock (_gate)
        {
            _listeners = [.. _listeners, listener];
        }
    }

    public void Notify()
    {
        // The array is replaced, never changed, so reading it without the lock sees a complete list.
        foreach (var listener in Volatile.Read(ref _listeners))
        {
            listener.Notify();
        }
    }
}

/// <summary>The analysis worker stored results: themes and alert rules have new messages to look at.</summary>
public sealed class AnalysisStoredSignal : JobWakeup;
