using System.Diagnostics;
using Samenspraak.EndToEnd.Tests.Infrastructure;

namespace Samenspraak.EndToEnd.Tests.Pipeline;

/// <summary>
/// The pipeline tests start several application processes each and load the machine; they run one after another
/// (one collection), never beside each other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PipelineCollection
{
    public const string Name = "Pipeline processes";
}

/// <summary>Starts application processes on a <see cref="PipelineDatabase"/> with the pipeline tuned for the tests, and waits on them.</summary>
internal static class PipelineApps
{
    /// <summary>Generous: a loaded two-core machine may be slow, and a deadline only turns a hang into a clear failure.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    public static Task<AppProcess> StartAsync(PipelineDatabase database, bool analyse, CancellationToken ct, int batchSize = 25, TimeSpan? lease = null)
    {
        var environment = new Dictionary<string, string>(database.AppEnvironment)
        {
            ["Monitoring__Pipeline__Enabled"] = analyse ? "true" : "false",
            // These tests prove the durable queue (claims, leases, crashes): messages must reach it pending.
            ["Monitoring__Pipeline__AnalyseAtIngest"] = "false",
            // Small batches: many claim/store rounds, so a kill lands mid-batch and two instances both get work.
            ["Monitoring__Pipeline__BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Short lease after a crash, so the rows the dead process held come back quickly.
            ["Monitoring__Pipeline__Lease"] = (lease ?? TimeSpan.FromSeconds(10)).ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            ["Monitoring__Pipeline__IdlePoll"] = "00:00:00.250",
            ["Monitoring__Themes__IntervalSeconds"] = analyse ? "1" : "0",
            ["Monitoring__Feeds__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Samenspraak.Web.Monitoring.Pipeline.AnalysisWorker"] = "Debug",
        };
        return AppProcess.StartAsync(new AppProcessOptions { DataDirectory = database.Folder, KeepDataDirectory = true, Environment = environment, StartPatience = Patience }, ct);
    }

    /// <summary>Polls until <paramref name="done"/> holds; fails (with the processes' output) at the deadline or when a process died.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, CancellationToken ct, params AppProcess[] apps)
    {
        var clock = Stopwatch.StartNew();
        var last = await probe();
        while (!done(last))
        {
            foreach (var app in apps)
            {
                Assert.False(app.HasExited, $"The application stopped while waiting for {what}:\n{Tail(app.Output)}");
            }

            if (clock.Elapsed > Patience)
            {
                Assert.Fail($"Still waiting for {what} after {Patience}; last state {last}.\n{string.Join("\n---\n", apps.Select(a => Tail(a.Output)))}");
            }

            await Task.Delay(20, ct);
            last = await probe();
        }

        return last;
    }

    private static string Tail(string output) => output.Length > 4000 ? output[^4000..] : output;
}
