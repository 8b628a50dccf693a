namespace Samenspraak.Web.Monitoring.Pipeline;

/// <summary>
/// Wakes the analysis worker of this process when new messages were stored, so it need not wait for its next
/// poll. Other instances find the work on their own poll; the database queue stays the source of truth.
/// </summary>
public sealed class PipelineSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try
            {
                _semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another thread woke the worker at the same moment; one wake-up is enough.
            }
        }
    }

    /// <summary>Waits until notified (true) or until <paramref name="timeout"/> passed (false).</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _semaphore.WaitAsync(timeout, ct);
}
