using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.Items;

namespace Samenspraak.Web.Knowledge.FactChecks;

/// <summary>
/// The published fact-checks as claims for the analysis engine. The version is a hash of every published
/// fact-check's id and version, so adding, changing, unpublishing or deleting one changes it.
/// </summary>
internal sealed class FactCheckLibrary(AppDbContext db) : IFactCheckLibrary
{
    public async Task<FactCheckSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var items = await db.Set<KnowledgeItem>().AsNoTracking()
            .Where(i => i.Kind == KnowledgeKinds.FactCheck && i.Status == KnowledgeStatus.Published && i.Claim != null)
            .OrderBy(i => i.Slug)
            .Select(i => new { i.Id, i.Slug, i.Version, i.Claim, i.Verdict, i.Publisher, i.ReviewUrl, i.ClaimReviewDate })
            .ToListAsync(cancellationToken);
        var fingerprint = new StringBuilder();
        foreach (var i in items)
        {
            fingerprint.Append(i.Id).Append(':').Append(i.Version).Append(';');
        }

        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint.ToString())))[..16];
        var claims = items
            .Select(i => new KnownClaim($"kennisbank-{i.Slug}", i.Claim!, i.Verdict ?? "", i.Publisher, i.ReviewUrl, i.ClaimReviewDate))
            .ToList();
        return new FactCheckSnapshot(version, claims);
    }
}
