using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Community.Notifications;

/// <summary>
/// Finds @mentions in a post. A mention is "@" followed by a colleague's display name without spaces, e.g.
/// "@AnPeeters" for "An Peeters" (case-insensitive). Only active professionals are found, and only names that
/// match exactly one of them, so a mention never reaches the wrong person.
/// </summary>
public static partial class Mentions
{
    public static IReadOnlyList<string> Handles(string text) =>
        Handle().Matches(text ?? "").Select(m => m.Groups[1].Value.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();

    public static string HandleOf(string displayName) => string.Concat(displayName.Where(c => !char.IsWhiteSpace(c)));

    public static async Task<IReadOnlyList<Guid>> ResolveAsync(AppDbContext db, string text, CancellationToken ct)
    {
        var handles = Handles(text);
        if (handles.Count == 0)
        {
            return [];
        }

        // Candidates by first letters in the database, exact comparison in memory (names are small).
        var professionals = await (from u in db.Users
                                   where u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id
                                       && db.Roles.Any(r => r.Id == ur.RoleId && r.Name != Roles.Citizen))
                                   select new { u.Id, u.DisplayName }).ToListAsync(ct);
        var byHandle = professionals
            .GroupBy(p => HandleOf(p.DisplayName).ToUpperInvariant(), StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Id, StringComparer.Ordinal);
        return handles.Where(byHandle.ContainsKey).Select(h => byHandle[h]).Distinct().ToList();
    }

    [GeneratedRegex(@"(?<![\w@])@([\p{L}\p{N}][\p{L}\p{N}._'-]{1,60})")]
    private static partial Regex Handle();
}
