using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Audit;

namespace Samenspraak.Web.Monitoring.Messages;

/// <summary>
/// The public way to read messages for pages, APIs and other modules. Always within the current user's
/// municipality (tenant filter). Methods that return message text to a person write an audit entry, as the privacy
/// rules demand; aggregate readers (dashboard, themes) use <see cref="Messages"/> and never touch the text.
/// </summary>
public sealed class MessageQuery(AppDbContext db, IAuditLog audit)
{
    public const int MaxPageSize = 200;

    /// <summary>Tenant-filtered, untracked messages for aggregate queries. Do not show <see cref="Message.Text"/> from here.</summary>
    public IQueryable<Message> Messages => db.Set<Message>().AsNoTracking();

    public IQueryable<Message> Filtered(MessageFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = Messages;
        if (filter.AnalysedOnly)
        {
            query = query.Where(m => m.AnalysisState == AnalysisState.Analysed);
        }

        if (filter.Signal is { } signal)
        {
            var bit = MessageFlags.Of(signal);
            query = query.Where(m => (m.Flags & bit) != 0);
        }

        if (filter.MinBand is { } band)
        {
            query = query.Where(m => m.MaxBand >= band);
        }

        if (filter.ChannelId is { } channel)
        {
            query = query.Where(m => m.ChannelId == channel);
        }

        if (filter.From is { } from)
        {
            query = query.Where(m => m.PublishedAt >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(m => m.PublishedAt < to);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(m => m.ReviewStatus == status);
        }

        if (filter.TargetGroup is { } group)
        {
            var bit = MessageFlags.Of(group);
            query = query.Where(m => (m.TargetGroups & bit) != 0);
        }

        if (filter.Harmful is { } harmful)
        {
            query = query.Where(m => m.Harmful == harmful);
        }

        if (!string.IsNullOrEmpty(filter.AuthorPseudonym))
        {
            query = query.Where(m => m.AuthorPseudonym == filter.AuthorPseudonym);
        }

        return filter.Sort == MessageSort.Recency
            ? query.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id)
            : query.OrderByDescending(m => m.Severity).ThenByDescending(m => m.Id);
    }

    /// <summary>One page of messages with their text, for a person; audited (which ids were shown, to whom).</summary>
    public async Task<MessagePage> PageAsync(MessageFilter filter, int page, int pageSize, string purpose, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = Filtered(filter);
        // One extra row tells whether there is a next page without counting a million rows.
        var rows = await query.Skip((page - 1) * pageSize).Take(pageSize + 1).ToListAsync(ct);
        var hasNext = rows.Count > pageSize;
        if (hasNext)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (rows.Count > 0)
        {
            await AuditTextAccessAsync(rows.Select(r => r.Id), purpose, ct);
        }

        return new MessagePage(rows, page, pageSize, hasNext);
    }

    /// <summary>One message with its text, for a person; audited. Null when it does not exist in this municipality.</summary>
    public async Task<Message?> ReadAsync(long id, string purpose, CancellationToken ct = default)
    {
        var message = await Messages.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is not null)
        {
            await AuditTextAccessAsync([id], purpose, ct);
        }

        return message;
    }

    /// <summary>Records that a person saw the text of these messages (ids only, never the text).</summary>
    public Task AuditTextAccessAsync(IEnumerable<long> ids, string purpose, CancellationToken ct = default)
    {
        var list = ids.Take(MaxPageSize).Select(id => id.ToString(CultureInfo.InvariantCulture));
        var details = string.Concat(purpose, ": ", string.Join(',', list));
        return audit.WriteAsync(MonitoringAuditActions.MessageTextRead, nameof(Message), null, details[..Math.Min(details.Length, 4000)], ct: ct);
    }
}

public sealed record MessagePage(IReadOnlyList<Message> Items, int Page, int PageSize, bool HasNext);
