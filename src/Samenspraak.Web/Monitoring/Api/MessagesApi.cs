using Microsoft.AspNetCore.Http.HttpResults;
using Samenspraak.Analysis;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Resources;
using Samenspraak.Web.Monitoring.Review.Queue;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Monitoring.Api;

/// <summary>One message as the read API shows it: scores and labels, and the text masked and cut like the queue does.</summary>
public sealed record MessageItem(
    long Id, Guid ChannelId, DateTimeOffset PublishedAt, string Status, string MaxBand, float MaxScore,
    IReadOnlyList<string> Signals, IReadOnlyList<string>? Labels, IReadOnlyList<string> TargetGroups, string Text, bool Purged);

/// <summary>A page of messages; pass <see cref="Next"/> as <c>after</c> for the next page (null on the last page).</summary>
public sealed record MessageList(IReadOnlyList<MessageItem> Items, string? Next);

/// <summary>
/// <c>GET /api/v1/messages</c>: the caller's municipality's analysed messages, filtered like the Signalen queue, with
/// keyset paging. It reads through <see cref="ReviewQueue"/>, so calibration, masking of personal data and the audit
/// of every text shown are the same as on the page.
/// </summary>
internal static class MessagesApi
{
    public const string AuditPurpose = "api-berichten";

    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        app.MapApiV1("Berichten").MapGet("/messages", ListAsync).WithName("ListMessages")
            .WithSummary("Geanalyseerde berichten van de eigen gemeente, gefilterd en per pagina")
            .WithDescription(
                "Filters: signal (hate, toxicity, threat, dehumanisation, polarisation, doxxing, disinformation), band " +
                "(minimumband: Low, Medium, High), channel (id), from en to (yyyy-MM-dd, tot en met), status (Nieuw, " +
                "Bevestigd, Afgewezen, Opvolging; standaard alle), harmful (true/false), sort (recent; standaard ernst), " +
                "pageSize (1-200, standaard 50) en after (de waarde next van de vorige pagina). Persoonsgegevens in de " +
                "tekst zijn afgeschermd; elke opvraging wordt gelogd.")
            .Produces<MessageList>()
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Staff);
        return app;
    }

    private static async Task<Results<Ok<MessageList>, ValidationProblem>> ListAsync(
        ReviewQueue queue, CancellationToken ct, string? signal = null, string? band = null, string? channel = null, string? from = null,
        string? to = null, string? status = null, bool? harmful = null, string? sort = null, string? after = null, int pageSize = QueueRequest.DefaultPageSize)
    {
        var parameters = new QueueParameters(signal, band, channel, from, to,
            string.IsNullOrEmpty(status) ? QueueParameters.AllStatuses : status, null, sort, after);
        var (filter, cursor, errors) = parameters.Parse();
        var problems = new List<string>(errors);
        if (pageSize is < 1 or > MessageQuery.MaxPageSize)
        {
            problems.Add(MonitoringText.Text.Format("Api.PageSizeInvalid", MessageQuery.MaxPageSize));
        }

        if (!string.IsNullOrEmpty(after) && cursor is null)
        {
            problems.Add(MonitoringText.Text["Api.CursorInvalid"]);
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["query"] = [.. problems] },
                title: MonitoringText.Text["Api.ValidationTitle"]);
        }

        var page = await queue.PageAsync(new QueueRequest(filter with { Harmful = harmful }, cursor, pageSize), AuditPurpose, ct);
        var items = page.Rows.Select(r => new MessageItem(
            r.Id, r.ChannelId, r.PublishedAt, r.Status.ToString(), r.MaxBand.ToString(), r.MaxScore,
            [.. r.Flags.Signals().Select(s => s.MachineName())], r.Labels is { } labels ? [.. labels.Signals().Select(s => s.MachineName())] : null,
            [.. r.TargetGroups.Groups().Select(g => g.MachineName())], r.Snippet, r.Purged)).ToList();
        return TypedResults.Ok(new MessageList(items, page.Next?.Format(filter.Sort)));
    }
}
