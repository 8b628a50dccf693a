using Samenspraak.Analysis;

namespace Samenspraak.Web.Knowledge.Contracts;

/// <summary>
/// The published fact-checks as known claims for the analysis engine's claim matching. Implemented by the knowledge
/// module (fact-check library), consumed by Monitoring's analysis pipeline, which rebuilds its analyser only when
/// <see cref="FactCheckSnapshot.Version"/> changes.
/// </summary>
public interface IFactCheckLibrary
{
    Task<FactCheckSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default);
}

/// <summary>The claims at one moment. <see cref="Version"/> changes whenever a fact-check is added, changed or removed.</summary>
public sealed record FactCheckSnapshot(string Version, IReadOnlyList<KnownClaim> Claims);
