using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Monitoring.Api;

/// <summary>One message in a data-subject export: everything stored about it, unmasked (the request is about this person).</summary>
public sealed record AuthorMessageExport(
    long Id, Guid ChannelId, string? ExternalId, string Text, string? RawHandle, string? Url, string? ReplyToExternalId,
    DateTimeOffset PublishedAt, DateTimeOffset ReceivedAt, string? Language, bool Harmful, string ReviewStatus, DateTimeOffset? PurgedAt);

public sealed record AuthorExport(string AuthorPseudonym, DateTimeOffset ExportedAt, IReadOnlyList<AuthorMessageExport> Messages);

public sealed record AuthorDeletion(string AuthorPseudonym, int Deleted);

/// <summary>
/// GDPR requests about one author: <c>GET /api/v1/authors/{pseudonym}/messages</c> exports every stored message of
/// the pseudonym as JSON, <c>DELETE</c> removes them (with their review decisions and theme links). Gemeentebeheerder
/// only, within the own municipality (the tenant filter), and both audited with the count, never the text.
/// </summary>
internal static class AuthorDataApi
{
    public static IEndpointRouteBuilder MapAuthorDataApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiV1("Privacy");
        group.MapGet("/authors/{pseudonym}/messages", ExportAsync).WithName("ExportAuthorMessages")
            .WithSummary("Alle berichten van één auteurspseudoniem exporteren (AVG-inzageverzoek), als JSON")
            .RequireAuthorization(MonitoringPolicies.ChannelManager);
        group.MapDelete("/authors/{pseudonym}/messages", DeleteAsync).WithName("DeleteAuthorMessages")
            .WithSummary("Alle berichten van één auteurspseudoniem verwijderen (AVG-wisverzoek); tellingen van vroeger dalen mee")
            .RequireAuthorization(MonitoringPolicies.ChannelManager);
        return app;
    }

    private static async Task<Ok<AuthorExport>> ExportAsync(string pseudonym, MessageQuery query, IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var messages = await query.Messages.Where(m => m.AuthorPseudonym == pseudonym).OrderBy(m => m.Id)
            .Select(m => new AuthorMessageExport(m.Id, m.ChannelId, m.ExternalId, m.Text, m.RawHandle, m.Url, m.ReplyToExternalId,
                m.PublishedAt, m.ReceivedAt, m.Language, m.Harmful, m.ReviewStatus.ToString(), m.PurgedAt))
            .ToListAsync(ct);
        await audit.WriteAsync(MonitoringAuditActions.AuthorExported, nameof(Message), pseudonym, $"{messages.Count} berichten", ct: ct);
        if (messages.Count > 0)
        {
            await query.AuditTextAccessAsync(messages.Select(m => m.Id), "avg-export", ct);
        }

        return TypedResults.Ok(new AuthorExport(pseudonym, clock.GetUtcNow(), messages));
    }

    private static async Task<Ok<AuthorDeletion>> DeleteAsync(string pseudonym, MessageQuery query, IAuditLog audit, CancellationToken ct)
    {
        // The query is tenant-filtered, so only the own municipality's rows are deleted; decisions and theme links
        // go with them by cascade.
        var deleted = await query.Messages.Where(m => m.AuthorPseudonym == pseudonym).ExecuteDeleteAsync(ct);
        await audit.WriteAsync(MonitoringAuditActions.AuthorDeleted, nameof(Message), pseudonym, $"{deleted} berichten", ct: ct);
        return TypedResults.Ok(new AuthorDeletion(pseudonym, deleted));
    }
}
