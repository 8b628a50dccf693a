using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samenspraak.EndToEnd.Tests.Infrastructure;
using Samenspraak.Web.Monitoring.Messages;

namespace Samenspraak.EndToEnd.Tests.Pipeline;

/// <summary>
/// Issue 4, "two application instances on one PostgreSQL share the work without processing anything twice": two
/// processes of the real application on one database, both running the analysis worker and the theme job, share a
/// backlog pushed through both. Each message must be claimed exactly once (its attempt counter stays 1: a second
/// claim would raise it), both processes must have stored work (from their per-batch log), the stored batches must
/// add up to the number of messages, and the aggregates (including the per-channel message count, into which both
/// processes insert at the same time) must equal a recount.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed partial class TwoInstanceTests(ITestOutputHelper output)
{
    private const int MessageCount = 20_000;

    [Fact]
    public async Task TwoInstancesOnOnePostgresShareTheBacklogWithoutDoingAnythingTwice()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PipelineDatabase.PostgresAsync();
        // A lease far longer than any batch takes: a claim may only be repeated if the other instance double-claimed.
        var lease = TimeSpan.FromMinutes(10);

        // The first process migrates and seeds; the second starts on the ready database.
        await using var first = await PipelineApps.StartAsync(database, analyse: true, ct, batchSize: 20, lease: lease);
        await using var second = await PipelineApps.StartAsync(database, analyse: true, ct, batchSize: 20, lease: lease);
        var (channelId, key) = await PipelineWorkload.PushKeyAsync(database);
        var messages = PipelineWorkload.Messages(MessageCount, "twee");
        var half = MessageCount / 2;
        await Task.WhenAll(
            PipelineWorkload.PushAsync(first.BaseUrl, channelId, key, messages.Take(half).ToList(), ct),
            PipelineWorkload.PushAsync(second.BaseUrl, channelId, key, messages.Skip(half).ToList(), ct));

        await PipelineApps.UntilAsync(() => PipelineLedger.SettledAsync(database), settled => settled, "all messages analysed and counted", ct, first, second);
        var end = await PipelineLedger.CountAsync(database);
        Assert.Equal(0, end.Pending);
        Assert.Equal(0, end.Failed);
        Assert.True(end.Analysed >= MessageCount, $"{end.Analysed} analysed");

        await using (var db = database.Open())
        {
            var attempts = await db.Set<Message>().IgnoreQueryFilters().GroupBy(m => m.AnalysisAttempts)
                .Select(g => new { Attempts = g.Key, Count = g.Count() }).ToListAsync(ct);
            Assert.True(attempts.Count == 1 && attempts[0].Attempts == 1,
                "Every message must be claimed exactly once; claims per message: " + string.Join(", ", attempts.Select(a => $"{a.Attempts}x: {a.Count}")));
        }

        // The log lines are written asynchronously; wait until both processes' totals cover every message.
        var stored = await PipelineApps.UntilAsync(
            () => Task.FromResult((First: StoredBy(first), Second: StoredBy(second))),
            s => s.First + s.Second >= end.Analysed, "the per-batch log of both processes", ct, first, second);
        output.WriteLine($"First process stored {stored.First}, second {stored.Second} of {end.Analysed} analysed messages.");
        Assert.True(stored.First > 0 && stored.Second > 0, $"Both processes must have analysed messages (first {stored.First}, second {stored.Second}).");
        Assert.Equal(end.Analysed, stored.First + stored.Second);

        await PipelineLedger.AssertAggregatesEqualRecountAsync(database);
    }

    /// <summary>The sum of "Analysis batch stored N of M" lines (the worker's Debug trace) of one process.</summary>
    private static int StoredBy(AppProcess app) =>
        StoredLine().Matches(app.Output).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"Analysis batch stored (\d+) of \d+ claimed messages")]
    private static partial Regex StoredLine();
}
