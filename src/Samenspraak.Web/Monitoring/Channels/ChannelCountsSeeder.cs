using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.FirstRun;

namespace Samenspraak.Web.Monitoring.Channels;

/// <summary>
/// Makes sure the per-channel message counts and their triggers exist on every start (and recounts when they did
/// not): an existing installation gets its counts the first time it starts this version. Before the demo messages.
/// </summary>
internal sealed class ChannelCountsSeeder(AppDbContext db) : IModuleSeeder
{
    public int Order => 5;

    public Task SeedAsync(bool seedDemo, CancellationToken cancellationToken) => ChannelMessageCounts.EnsureAsync(db, cancellationToken);
}
