using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Community.Notifications;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Community.Resources;
using Samenspraak.Web.Community.Shared;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Community.Support;

/// <summary>The intake form's values.</summary>
public sealed record SupportIntake(string? Question, string? Context, SupportUrgency Urgency, SupportMode Mode, string? PreferredDates);

/// <summary>An expert user who can be assigned.</summary>
public sealed record ExpertOption(Guid Id, string Name);

/// <summary>
/// Support requests from intake to closing evaluation. Who sees a request: professionals of the requesting
/// municipality, the platform team (Platformbeheerder, who triages and assigns) and the expert assigned to it;
/// anybody else gets "not found". The platform team moves the workflow; the municipality closes with an evaluation.
/// </summary>
public sealed class SupportService(AppDbContext db, Notifier notifier, IServiceProvider services, TimeProvider clock)
{
    private static string Text(string key) => CommunityText.Text[key];

    public static string Link(Guid id) => $"/ondersteuning/{id}";

    /// <summary>The requests an actor may see: own municipality's, all for the platform team, plus the ones assigned to them.</summary>
    public IQueryable<SupportRequest> Visible(Actor actor)
    {
        var all = db.Set<SupportRequest>().IgnoreTenantFilter();
        return actor.IsPlatformAdmin
            ? all
            : all.Where(r => (actor.MunicipalityId != null && r.MunicipalityId == actor.MunicipalityId) || r.AssignedExpertId == actor.Id);
    }

    public Task<SupportRequest?> FindAsync(Actor actor, Guid id, CancellationToken ct = default) =>
        Visible(actor).FirstOrDefaultAsync(r => r.Id == id, ct);

    public async Task<CommunityResult> SubmitAsync(Actor requester, SupportIntake intake, CancellationToken ct = default)
    {
        var question = intake.Question?.Trim() ?? "";
        var context = intake.Context?.Trim() ?? "";
        var dates = intake.PreferredDates?.Trim() ?? "";
        var errors = new List<string>();
        if (requester.MunicipalityId is null) errors.Add(Text("Error.NoMunicipality"));
        if (question.Length < 10) errors.Add(Text("Error.SupportQuestionTooShort"));
        if (question.Length > CommunityLimits.TitleLength) errors.Add(CommunityText.Text.Format("Error.TitleTooLong", CommunityLimits.TitleLength));
        if (context.Length == 0) errors.Add(Text("Error.ContextRequired"));
        if (context.Length > CommunityLimits.BodyLength) errors.Add(CommunityText.Text.Format("Error.BodyTooLong", CommunityLimits.BodyLength));
        if (dates.Length > 500) errors.Add(Text("Error.DatesTooLong"));
        if (!Enum.IsDefined(intake.Urgency) || !Enum.IsDefined(intake.Mode)) errors.Add(Text("Error.Choice"));
        if (errors.Count > 0) return CommunityResult.Fail([.. errors]);

        var request = new SupportRequest
        {
            MunicipalityId = requester.MunicipalityId!.Value,
            Question = question,
            Context = context,
            Urgency = intake.Urgency,
            Mode = intake.Mode,
            PreferredDates = dates,
            RequestedById = requester.Id,
            RequestedByName = requester.Name,
            Status = SupportStatus.Submitted,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Set<SupportRequest>().Add(request);
        // The platform team hears about every new request.
        notifier.Notify(await PlatformTeamAsync(ct), NotificationKind.SupportUpdate, question, Link(request.Id));
        await db.SaveChangesAsync(ct);
        return CommunityResult.Ok(request.Id);
    }

    public async Task<CommunityResult> TriageAsync(Actor team, Guid id, bool accept, string? note, CancellationToken ct = default)
    {
        if (!team.IsPlatformAdmin) return CommunityResult.Fail(Text("Error.PlatformTeamOnly"));
        var request = await FindAsync(team, id, ct);
        if (request is null) return CommunityResult.Fail(Text("Error.SupportNotFound"));
        if (request.Status != SupportStatus.Submitted) return CommunityResult.Fail(Text("Error.AlreadyTriaged"));
        if (!accept && string.IsNullOrWhiteSpace(note)) return CommunityResult.Fail(Text("Error.DeclineNeedsReason"));

        request.TriageNote = Trimmed(note, 2000);
        var status = accept ? SupportStatus.Triaged : SupportStatus.Declined;
        if (!accept) request.ClosedAt = clock.GetUtcNow();
        return await ChangeAsync(team, request, status, request.TriageNote, ct);
    }

    public async Task<IReadOnlyList<ExpertOption>> ExpertsAsync(CancellationToken ct = default) =>
        await (from u in db.Users
               where u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Expert))
               orderby u.DisplayName
               select new ExpertOption(u.Id, u.DisplayName)).ToListAsync(ct);

    /// <summary>Organisations and experts of the social map, when the knowledge module is present; empty otherwise.</summary>
    public async Task<IReadOnlyList<KnowledgeRef>> SocialMapAsync(string? query, CancellationToken ct = default) =>
        services.GetService<IKnowledgeDirectory>() is { } directory
            ? await directory.SearchAsync(query, [KnowledgeKinds.Organisation, KnowledgeKinds.Expert], limit: 50, cancellationToken: ct)
            : [];

    public async Task<CommunityResult> AssignAsync(Actor team, Guid id, Guid? expertId, Guid? organisationId, CancellationToken ct = default)
    {
        if (!team.IsPlatformAdmin) return CommunityResult.Fail(Text("Error.PlatformTeamOnly"));
        var request = await FindAsync(team, id, ct);
        if (request is null) return CommunityResult.Fail(Text("Error.SupportNotFound"));
        if (!request.IsOpen) return CommunityResult.Fail(Text("Error.SupportClosed"));
        if (expertId is null && organisationId is null) return CommunityResult.Fail(Text("Error.AssignSomebody"));

        ExpertOption? expert = null;
        if (expertId is { } e)
        {
            expert = (await ExpertsAsync(ct)).FirstOrDefault(x => x.Id == e);
            if (expert is null) return CommunityResult.Fail(Text("Error.UnknownExpert"));
        }

        KnowledgeRef? organisation = null;
        if (organisationId is { } o)
        {
            var directory = services.GetService<IKnowledgeDirectory>();
            organisation = directory is null ? null : (await directory.GetAsync([o], ct)).FirstOrDefault(
                k => k.Kind is KnowledgeKinds.Organisation or KnowledgeKinds.Expert);
            if (organisation is null) return CommunityResult.Fail(Text("Error.UnknownOrganisation"));
        }

        request.AssignedExpertId = expert?.Id;
        request.AssignedExpertName = expert?.Name;
        request.AssignedOrganisationId = organisation?.Id;
        request.AssignedOrganisationName = organisation?.Title;
        if (expert is not null)
        {
            notifier.Notify([expert.Id], NotificationKind.SupportUpdate, request.Question, Link(request.Id), except: team.Id);
        }

        var who = string.Join(", ", new[] { expert?.Name, organisation?.Title }.Where(n => n is not null));
        return await ChangeAsync(team, request, SupportStatus.Assigned, CommunityText.Text.Format("Support.AssignedTo", who), ct);
    }

    /// <summary>The platform team moves the workflow: in progress, follow-up (with a date), closed.</summary>
    public async Task<CommunityResult> SetStatusAsync(Actor team, Guid id, SupportStatus status, DateOnly? followUpOn, string? note, CancellationToken ct = default)
    {
        if (!team.IsPlatformAdmin) return CommunityResult.Fail(Text("Error.PlatformTeamOnly"));
        var request = await FindAsync(team, id, ct);
        if (request is null) return CommunityResult.Fail(Text("Error.SupportNotFound"));
        if (status is not (SupportStatus.InProgress or SupportStatus.FollowUp or SupportStatus.Closed)) return CommunityResult.Fail(Text("Error.Choice"));
        if (request.Status is SupportStatus.Submitted or SupportStatus.Declined) return CommunityResult.Fail(Text("Error.TriageFirst"));
        if (status == SupportStatus.FollowUp && followUpOn is null) return CommunityResult.Fail(Text("Error.FollowUpDate"));

        request.FollowUpOn = status == SupportStatus.FollowUp ? followUpOn : request.FollowUpOn;
        request.ClosedAt = status == SupportStatus.Closed ? clock.GetUtcNow() : null;
        return await ChangeAsync(team, request, status, Trimmed(note, CommunityLimits.BodyLength), ct);
    }

    /// <summary>The requesting municipality's closing evaluation; closes the request if it was still open.</summary>
    public async Task<CommunityResult> EvaluateAsync(Actor requester, Guid id, int? score, string? comment, CancellationToken ct = default)
    {
        var request = await FindAsync(requester, id, ct);
        if (request is null) return CommunityResult.Fail(Text("Error.SupportNotFound"));
        if (requester.MunicipalityId != request.MunicipalityId) return CommunityResult.Fail(Text("Error.OwnMunicipalityOnly"));
        if (score is null or < 1 or > 5) return CommunityResult.Fail(Text("Error.ScoreRange"));
        if (request.Status is SupportStatus.Submitted or SupportStatus.Declined) return CommunityResult.Fail(Text("Error.TriageFirst"));

        request.EvaluationScore = score;
        request.EvaluationComment = Trimmed(comment, 2000);
        request.ClosedAt ??= clock.GetUtcNow();
        return await ChangeAsync(requester, request, SupportStatus.Closed, CommunityText.Text.Format("Support.Evaluated", score), ct);
    }

    public async Task<CommunityResult> PostMessageAsync(Actor author, Guid id, string? body, CancellationToken ct = default)
    {
        body = body?.Trim() ?? "";
        var request = await FindAsync(author, id, ct);
        if (request is null) return CommunityResult.Fail(Text("Error.SupportNotFound"));
        if (body.Length == 0) return CommunityResult.Fail(Text("Error.BodyRequired"));
        if (body.Length > CommunityLimits.BodyLength) return CommunityResult.Fail(CommunityText.Text.Format("Error.BodyTooLong", CommunityLimits.BodyLength));

        AddMessage(author, request, body, null);
        await NotifyPartiesAsync(author, request, ct);
        await db.SaveChangesAsync(ct);
        return CommunityResult.Ok(request.Id);
    }

    public async Task<IReadOnlyList<SupportMessage>> ThreadAsync(Guid requestId, CancellationToken ct = default) =>
        await db.Set<SupportMessage>().AsNoTracking().Where(m => m.SupportRequestId == requestId).OrderBy(m => m.CreatedAt).ToListAsync(ct);

    private async Task<CommunityResult> ChangeAsync(Actor actor, SupportRequest request, SupportStatus status, string? note, CancellationToken ct)
    {
        request.Status = status;
        AddMessage(actor, request, note ?? "", status);
        await NotifyPartiesAsync(actor, request, ct);
        await db.SaveChangesAsync(ct);
        return CommunityResult.Ok(request.Id);
    }

    private void AddMessage(Actor author, SupportRequest request, string body, SupportStatus? status) =>
        db.Set<SupportMessage>().Add(new SupportMessage
        {
            SupportRequestId = request.Id,
            AuthorId = author.Id,
            AuthorName = author.Name,
            Body = body,
            NewStatus = status,
            CreatedAt = clock.GetUtcNow(),
        });

    /// <summary>The requester, the assigned expert and the platform team hear about changes made by the others.</summary>
    private async Task NotifyPartiesAsync(Actor actor, SupportRequest request, CancellationToken ct)
    {
        var parties = new List<Guid> { request.RequestedById };
        if (request.AssignedExpertId is { } expert) parties.Add(expert);
        if (!actor.IsPlatformAdmin) parties.AddRange(await PlatformTeamAsync(ct));
        notifier.Notify(parties, NotificationKind.SupportUpdate, request.Question, Link(request.Id), except: actor.Id);
    }

    private async Task<List<Guid>> PlatformTeamAsync(CancellationToken ct) =>
        await (from u in db.Users
               where u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.PlatformAdmin))
               select u.Id).ToListAsync(ct);

    private static string? Trimmed(string? value, int max)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > max ? trimmed[..max] : trimmed;
    }
}
