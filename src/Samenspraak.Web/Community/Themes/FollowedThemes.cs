using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Community.Themes;

/// <summary>
/// The themes a person follows in the community. Other modules' digest parts (the agenda's new events) ask this
/// service instead of reading the community's follow table, so the community keeps its tables to itself.
/// </summary>
public sealed class FollowedThemes(AppDbContext db)
{
    public async Task<IReadOnlyList<string>> OfAsync(Guid userId, CancellationToken ct = default) =>
        await db.Set<Follow>().AsNoTracking().Where(f => f.UserId == userId && f.ThemeSlug != null)
            .Select(f => f.ThemeSlug!).Distinct().ToListAsync(ct);
}
