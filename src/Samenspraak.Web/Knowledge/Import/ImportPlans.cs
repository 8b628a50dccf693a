using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Samenspraak.Web.Knowledge.Import;

/// <summary>
/// Dry runs waiting for the curator's "import": kept in memory for <see cref="Lifetime"/>, for the curator who made
/// them only, and taken out when imported (so one check is applied at most once). At most <see cref="Capacity"/> plans
/// are kept; the oldest make way. A restart forgets them: the curator then checks the file again.
/// </summary>
public sealed class ImportPlans(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public const int Capacity = 50;

    private readonly ConcurrentDictionary<string, ImportPlan> _plans = new(StringComparer.Ordinal);

    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public void Keep(ImportPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Expire();
        foreach (var old in _plans.Values.OrderBy(p => p.CheckedAt).Take(Math.Max(0, _plans.Count - Capacity + 1)))
        {
            _plans.TryRemove(old.Token, out _);
        }

        _plans[plan.Token] = plan;
    }

    /// <summary>The plan, if it exists, is still fresh and belongs to this curator; it is removed when taken.</summary>
    public ImportPlan? Take(string? token, Guid curatorId)
    {
        Expire();
        if (string.IsNullOrEmpty(token) || !_plans.TryGetValue(token, out var plan) || plan.CuratorId != curatorId)
        {
            return null;
        }

        return _plans.TryRemove(token, out plan) ? plan : null;
    }

    /// <summary>Looks without taking (to show the report again).</summary>
    public ImportPlan? Peek(string? token, Guid curatorId)
    {
        Expire();
        return !string.IsNullOrEmpty(token) && _plans.TryGetValue(token, out var plan) && plan.CuratorId == curatorId ? plan : null;
    }

    private void Expire()
    {
        var now = clock.GetUtcNow();
        foreach (var plan in _plans.Values.Where(p => now - p.CheckedAt > Lifetime))
        {
            _plans.TryRemove(plan.Token, out _);
        }
    }
}
