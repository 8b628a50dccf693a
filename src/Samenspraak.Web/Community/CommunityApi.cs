using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Community.Privacy;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Community.Shared;
using Samenspraak.Web.Community.Support;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Community;

public sealed record QuestionSummary(Guid Id, string Title, string? Theme, string AuthorName, bool ByExpert, int Score, bool Solved, DateTimeOffset CreatedAt);

public sealed record AnswerResponse(Guid Id, string Body, string AuthorName, bool ByExpert, int Score, bool Accepted, DateTimeOffset CreatedAt);

public sealed record QuestionResponse(Guid Id, string Title, string? Theme, string Body, string AuthorName, bool ByExpert, int Score,
    DateTimeOffset CreatedAt, IReadOnlyList<AnswerResponse> Answers);

public sealed record SupportRequestResponse(Guid Id, Guid MunicipalityId, string Question, string Context, string Urgency, string Mode,
    string PreferredDates, string Status, string? AssignedExpert, string? AssignedOrganisation, DateOnly? FollowUpOn,
    DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt, int? EvaluationScore);

/// <summary>Read access to the community and to support requests, with the same visibility rules as the pages.</summary>
internal static class CommunityApi
{
    public static IEndpointRouteBuilder MapCommunityApi(this IEndpointRouteBuilder app)
    {
        var community = app.MapApiV1("Gemeenschap");
        community.MapGet("/community/questions", ListQuestions).WithName("ListCommunityQuestions")
            .WithSummary("Gepubliceerde vragen van de gemeenschap (alle gemeenten), nieuwste eerst; filter op thema")
            .RequireAuthorization(Policies.Professional);
        community.MapGet("/community/questions/{id:guid}", GetQuestion).WithName("GetCommunityQuestion")
            .WithSummary("Eén vraag met de gepubliceerde antwoorden")
            .RequireAuthorization(Policies.Professional);

        var support = app.MapApiV1("Ondersteuning");
        support.MapGet("/support-requests", ListSupport).WithName("ListSupportRequests")
            .WithSummary("Ondersteuningsvragen: van de eigen gemeente, aan jou toegewezen, of alle voor het platformteam")
            .RequireAuthorization(Policies.Professional);
        support.MapGet("/support-requests/{id:guid}", GetSupport).WithName("GetSupportRequest")
            .WithSummary("Eén ondersteuningsvraag; 404 voor een vraag van een andere gemeente")
            .RequireAuthorization(Policies.Professional);
        return app;
    }

    private static async Task<Ok<List<QuestionSummary>>> ListQuestions(AppDbContext db, CancellationToken ct, string? theme = null)
    {
        var query = db.Set<Post>().AsNoTracking().Where(p => p.Kind == PostKind.Question && p.Status == PostStatus.Published);
        if (!string.IsNullOrWhiteSpace(theme))
        {
            query = query.Where(p => p.ThemeSlug == theme);
        }

        var rows = await query.OrderByDescending(p => p.CreatedAt).Take(200)
            .Select(p => new QuestionSummary(p.Id, p.Title ?? "", p.ThemeSlug, FormerMember.Name(p.AuthorName), p.ByExpert, p.Score, p.AcceptedAnswerId != null, p.CreatedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(rows);
    }

    private static async Task<Results<Ok<QuestionResponse>, NotFound>> GetQuestion(Guid id, AppDbContext db, CancellationToken ct)
    {
        var q = await db.Set<Post>().AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == id && p.Kind == PostKind.Question && p.Status == PostStatus.Published, ct);
        if (q is null)
        {
            return TypedResults.NotFound();
        }

        var answers = await db.Set<Post>().AsNoTracking()
            .Where(p => p.QuestionId == id && p.Status == PostStatus.Published).OrderBy(p => p.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(new QuestionResponse(q.Id, q.Title ?? "", q.ThemeSlug, q.Body, FormerMember.Name(q.AuthorName), q.ByExpert, q.Score, q.CreatedAt,
            answers.Select(a => new AnswerResponse(a.Id, a.Body, FormerMember.Name(a.AuthorName), a.ByExpert, a.Score, a.Id == q.AcceptedAnswerId, a.CreatedAt)).ToList()));
    }

    private static async Task<Ok<List<SupportRequestResponse>>> ListSupport(ClaimsPrincipal user, SupportService support, CancellationToken ct)
    {
        var rows = await support.Visible(Actor.From(user)).AsNoTracking().OrderByDescending(r => r.CreatedAt).Take(500).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<SupportRequestResponse>, NotFound>> GetSupport(Guid id, ClaimsPrincipal user, SupportService support, CancellationToken ct) =>
        await support.FindAsync(Actor.From(user), id, ct) is { } request ? TypedResults.Ok(ToResponse(request)) : TypedResults.NotFound();

    private static SupportRequestResponse ToResponse(SupportRequest r) =>
        new(r.Id, r.MunicipalityId, r.Question, r.Context, r.Urgency.ToString(), r.Mode.ToString(), r.PreferredDates, r.Status.ToString(),
            FormerMember.Optional(r.AssignedExpertName), r.AssignedOrganisationName, r.FollowUpOn, r.CreatedAt, r.ClosedAt, r.EvaluationScore);
}
