using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Community.Shared;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Community.Questions;

/// <summary>Which questions to list: all, solved (an accepted answer), or still without a published answer.</summary>
public enum QuestionFilter
{
    All,
    Solved,
    Unanswered,
}

public sealed record QuestionQuery(string? Term, string? ThemeSlug, QuestionFilter Filter, int Page);

public sealed record QuestionRow(Guid Id, string Title, string? ThemeSlug, string AuthorName, DateTimeOffset CreatedAt, int Score, int Answers, bool Accepted, PostStatus Status);

public sealed record QuestionResults(IReadOnlyList<QuestionRow> Rows, int Total, int Page, int PageCount);

/// <summary>
/// The community's question list, filtered and paged in the database. The search term is matched with LIKE on the
/// lower-cased title and body (wildcards in the term are escaped): a contains-search cannot use an index, which is
/// acceptable at community scale (thousands of posts) and keeps both providers identical. SQLite's lower() folds
/// ASCII only, so on SQLite "É" and "é" differ; PostgreSQL folds all letters. Visibility is
/// <see cref="CommunityService.Visible"/>: held posts only for their author and moderators, hidden posts never.
/// </summary>
public sealed class QuestionSearch(AppDbContext db)
{
    public const int PageSize = 25;

    public async Task<QuestionResults> FindAsync(Actor viewer, QuestionQuery q, CancellationToken ct)
    {
        var query = CommunityService.Visible(db, viewer).AsNoTracking()
            .Where(p => p.Kind == PostKind.Question && p.Status != PostStatus.Hidden);
        if (!string.IsNullOrWhiteSpace(q.ThemeSlug))
        {
            query = query.Where(p => p.ThemeSlug == q.ThemeSlug);
        }

        var term = q.Term?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            var pattern = "%" + Escape(term.ToLowerInvariant()) + "%";
            // ToLower() here is translated to SQL lower() and never runs in .NET, so no culture applies.
#pragma warning disable CA1304, CA1311
            query = query.Where(p => EF.Functions.Like(p.Title!.ToLower(), pattern, "\\") || EF.Functions.Like(p.Body.ToLower(), pattern, "\\"));
#pragma warning restore CA1304, CA1311
        }

        var answers = db.Set<Post>().Where(a => a.Kind == PostKind.Answer && a.Status == PostStatus.Published);
        query = q.Filter switch
        {
            QuestionFilter.Solved => query.Where(p => p.AcceptedAnswerId != null),
            QuestionFilter.Unanswered => query.Where(p => !answers.Any(a => a.QuestionId == p.Id)),
            _ => query,
        };

        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(q.Page, 1, pageCount);
        var rows = await query
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new QuestionRow(p.Id, p.Title ?? "", p.ThemeSlug, p.AuthorName, p.CreatedAt, p.Score,
                answers.Count(a => a.QuestionId == p.Id), p.AcceptedAnswerId != null, p.Status))
            .ToListAsync(ct);
        return new QuestionResults(rows, total, page, pageCount);
    }

    /// <summary>Makes %, _ and the escape character itself literal in a LIKE pattern.</summary>
    public static string Escape(string term) => term
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal);
}
