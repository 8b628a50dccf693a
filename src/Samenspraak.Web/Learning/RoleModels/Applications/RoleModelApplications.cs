using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Mail;
using Samenspraak.Web.Learning.Resources;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Learning.RoleModels.Applications;

/// <summary>Settings of the public role-model application (section "Learning:RoleModels").</summary>
public sealed class RoleModelApplicationOptions
{
    /// <summary>Applications still "Aangemeld" after this many days are deleted: nobody looked at them, so there is no reason to keep the data.</summary>
    public int UnscreenedRetentionDays { get; set; } = 90;

    /// <summary>Public applications accepted per client address per hour (against spam and mass sign-ups).</summary>
    public int ApplicationsPerHour { get; set; } = 5;
}

/// <summary>What a candidate fills in on the public form.</summary>
/// <param name="UserId">The applicant's account when they applied while signed in: the role model is linked to it.</param>
public sealed record PublicApplication(Guid MunicipalityId, string Name, string Email, string Motivation, Guid? UserId = null);

/// <summary>
/// The public side of recruitment: a candidate applies without an account, lands in the municipality's screening
/// list as "Aangemeld" and gets a confirmation e-mail that repeats the purpose and the retention period; applications
/// that are never screened are purged after <see cref="RoleModelApplicationOptions.UnscreenedRetentionDays"/>.
/// </summary>
public sealed class RoleModelApplications(
    AppDbContext db, TimeProvider clock, IMailService mail, IAuditLog audit, IOptions<RoleModelApplicationOptions> options,
    ILogger<RoleModelApplications> logger)
{
    public int RetentionDays => options.Value.UnscreenedRetentionDays;

    public async Task<RoleModel> SubmitAsync(PublicApplication application, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var roleModel = new RoleModel
        {
            Id = Guid.NewGuid(),
            MunicipalityId = application.MunicipalityId,
            Name = application.Name,
            Email = application.Email,
            Motivation = application.Motivation,
            UserId = application.UserId,
            ConsentGiven = true,
            ConsentAt = now,
            Screening = ScreeningStatus.Aangemeld,
            Training = TrainingStatus.NietGestart,
            AppliedAt = now,
        };
        db.Add(roleModel);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync("learning.rolemodel-applied", nameof(RoleModel), roleModel.Id.ToString(), "public form", application.MunicipalityId, ct);

        var text = LearningText.Text;
        var body = text.Format("Mail.Application.Body", application.Name, RetentionDays);
        try
        {
            await mail.SendAsync(application.Email, text["Mail.Application.Subject"], $"<p>{WebUtility.HtmlEncode(body)}</p>", body, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The application is stored either way; the municipality contacts the candidate during screening.
            logger.LogWarning(ex, "Confirmation mail for role-model application {Id} could not be sent.", roleModel.Id);
        }

        return roleModel;
    }

    /// <summary>Deletes applications of every municipality still "Aangemeld" after the retention period; returns how many.</summary>
    public async Task<int> PurgeUnscreenedAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().AddDays(-RetentionDays);
        // System work without a municipality: the tenant filter is lifted on purpose, for this one condition.
        var stale = db.Set<RoleModel>().IgnoreTenantFilter()
            .Where(r => r.Screening == ScreeningStatus.Aangemeld && r.AppliedAt < cutoff);
        var removed = await stale.ExecuteDeleteAsync(ct);
        if (removed > 0)
        {
            await audit.WriteAsync("learning.rolemodel-applications-purged", nameof(RoleModel), null, $"{removed} older than {RetentionDays} days", ct: ct);
        }

        return removed;
    }
}

/// <summary>Purges unscreened applications once a day.</summary>
public sealed class ApplicationPurgeWorker(IServiceScopeFactory scopes, ILogger<ApplicationPurgeWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // System work: its saves are audited as "learning.rolemodel-application-purge", not as an anonymous nobody (see ActingUser.System).
        using var system = ActingUserScope.Begin(ActingUser.System("learning.rolemodel-application-purge"));
        using var timer = new PeriodicTimer(TimeSpan.FromHours(24));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RoleModelApplications>().PurgeUnscreenedAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Unscreened role-model applications could not be purged this round.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
