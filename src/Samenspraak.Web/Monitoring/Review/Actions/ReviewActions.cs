using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Review.Assignments;
using Samenspraak.Web.Monitoring.Review.Resources;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Review.Actions;

/// <summary>
/// Applies reviewer decisions: sets the review status, labels and assignee of each message and writes one
/// <see cref="ReviewDecision"/> per message plus one audit entry per request. It only changes Samenspraak's own
/// bookkeeping: nothing is ever deleted, hidden or answered on the channel itself. Assigning messages ("opvolgen")
/// notifies the colleague in the app and by e-mail (<see cref="AssignmentNotifier"/>).
/// </summary>
public sealed class ReviewActions(AppDbContext db, ITenantContext tenant, IAuditLog audit, TimeProvider clock, AssignmentNotifier notifier)
{
    public async Task<ReviewOutcome> ApplyAsync(ReviewCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = ReviewText.Text;
        if (tenant.UserId is not { } userId || tenant.MunicipalityId is null)
        {
            return new ReviewOutcome(0, text["Action.NoMunicipality"]);
        }

        var ids = command.MessageIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new ReviewOutcome(0, text["Action.NothingSelected"]);
        }

        if (ids.Count > ReviewCommand.MaxMessages)
        {
            return new ReviewOutcome(0, text.Format("Action.TooMany", ReviewCommand.MaxMessages));
        }

        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        if (note?.Length > ReviewCommand.MaxNoteLength)
        {
            return new ReviewOutcome(0, text.Format("Action.NoteTooLong", ReviewCommand.MaxNoteLength));
        }

        if (command.Action == ReviewAction.Herlabelen && command.Labels is null)
        {
            return new ReviewOutcome(0, text["Action.LabelsMissing"]);
        }

        if (command.Action == ReviewAction.Opvolgen && !await IsColleagueAsync(command.AssigneeId, ct))
        {
            return new ReviewOutcome(0, text["Action.AssigneeInvalid"]);
        }

        // The tenant filter makes another municipality's message invisible: asking for it is the same as asking
        // for one that does not exist, and the whole request is refused rather than half applied.
        var found = await db.Set<Message>().Where(m => ids.Contains(m.Id)).ToListAsync(ct);
        if (found.Count != ids.Count)
        {
            return new ReviewOutcome(0, text["Action.NotFound"]);
        }

        var now = clock.GetUtcNow();
        var newlyAssigned = new List<long>();
        foreach (var message in found)
        {
            if (command.Action == ReviewAction.Opvolgen && message.AssignedUserId != command.AssigneeId)
            {
                newlyAssigned.Add(message.Id);
            }

            var oldStatus = message.ReviewStatus;
            var oldLabels = message.Labels ?? message.Flags;
            Decide(message, command);
            db.Add(new ReviewDecision
            {
                MunicipalityId = message.MunicipalityId,
                MessageId = message.Id,
                UserId = userId,
                At = now,
                Action = command.Action,
                OldStatus = oldStatus,
                NewStatus = message.ReviewStatus,
                OldLabels = oldLabels,
                NewLabels = message.Labels ?? message.Flags,
                AssignedUserId = command.Action == ReviewAction.Opvolgen ? command.AssigneeId : null,
                Note = note,
            });
        }

        await db.SaveChangesAsync(ct);
        var details = string.Concat(command.Action.ToString(), ": ",
            string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))));
        await audit.WriteAsync(ReviewAuditActions.Decided, nameof(Message), ids.Count == 1 ? ids[0].ToString(CultureInfo.InvariantCulture) : null,
            details[..Math.Min(details.Length, 4000)], ct: ct);
        // Only a change of assignee is news: re-assigning to the same colleague (e.g. to add a note) does not notify again.
        if (command.AssigneeId is { } assignee && newlyAssigned.Count > 0)
        {
            await notifier.AssignedAsync(assignee, newlyAssigned, ct);
        }

        return new ReviewOutcome(found.Count, null);
    }

    /// <summary>The state change of each action (documented on the page and in docs/monitoring-review.md).</summary>
    private static void Decide(Message message, ReviewCommand command)
    {
        switch (command.Action)
        {
            case ReviewAction.Bevestigen:
                // Confirming keeps the reviewer's earlier labels, else takes the engine's flags as the truth.
                message.ReviewStatus = ReviewStatus.Bevestigd;
                message.Labels = command.Labels ?? message.Labels ?? message.Flags;
                break;
            case ReviewAction.Afwijzen:
                // A false positive: according to the reviewer none of the signals holds.
                message.ReviewStatus = ReviewStatus.Afgewezen;
                message.Labels = SignalFlags.None;
                break;
            case ReviewAction.Herlabelen:
                message.Labels = command.Labels!.Value;
                message.ReviewStatus = command.Labels.Value == SignalFlags.None ? ReviewStatus.Afgewezen : ReviewStatus.Bevestigd;
                break;
            case ReviewAction.Opvolgen:
                message.ReviewStatus = ReviewStatus.Opvolging;
                message.AssignedUserId = command.AssigneeId;
                break;
            case ReviewAction.Heropenen:
                message.ReviewStatus = ReviewStatus.Nieuw;
                message.AssignedUserId = null;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(command));
        }
    }

    private async Task<bool> IsColleagueAsync(Guid? userId, CancellationToken ct) =>
        userId is { } id && await Colleagues().AnyAsync(u => u.Id == id, ct);

    /// <summary>Active accounts of the current municipality who can follow a message up (they can open the queue).</summary>
    public IQueryable<AppUser> Colleagues()
    {
        var municipality = tenant.MunicipalityId;
        var staffRoles = new[] { Roles.Staff, Roles.Moderator, Roles.MunicipalityAdmin };
        return db.Users.AsNoTracking().Where(u => u.MunicipalityId == municipality && municipality != null && u.IsActive
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && staffRoles.Contains(r.Name!))));
    }
}
