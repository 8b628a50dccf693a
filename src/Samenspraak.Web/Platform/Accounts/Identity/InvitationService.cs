using System.Net.Mail;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Mail;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Platform.Accounts.Identity;

/// <summary>
/// The invitation flow. Rules: a platform admin may invite anyone; a municipality admin only into their own
/// municipality and never a platform admin. Platform admins belong to no municipality, everybody else to one.
/// </summary>
internal sealed class InvitationService(
    UserManager<AppUser> users,
    AppDbContext db,
    ITenantContext tenant,
    IMailService mail,
    AuditLog audit,
    PublicUrl publicUrl,
    TimeProvider clock,
    ILogger<InvitationService> logger) : IInvitationService
{
    public async Task<InvitationResult> InviteAsync(string email, string displayName, string role, Guid? municipalityId, CancellationToken ct)
    {
        var t = AccountText.Text;
        email = email.Trim();
        displayName = displayName.Trim();
        if (!MailAddress.TryCreate(email, out _))
        {
            return InvitationResult.Failed(t["InviteEmailInvalid"]);
        }

        if (displayName.Length == 0)
        {
            return InvitationResult.Failed(t["InviteNameRequired"]);
        }

        if (!Roles.IsKnown(role))
        {
            return InvitationResult.Failed(t["InviteRoleUnknown"]);
        }

        if (role == Roles.PlatformAdmin && municipalityId is not null)
        {
            return InvitationResult.Failed(t["InvitePlatformAdminNoMunicipality"]);
        }

        if (role != Roles.PlatformAdmin && municipalityId is null)
        {
            return InvitationResult.Failed(t["InviteNeedsMunicipality"]);
        }

        var allowed = tenant.IsPlatformAdmin
            || (tenant.MunicipalityId is not null && tenant.MunicipalityId == municipalityId
                && Roles.MunicipalityRoles.Contains(role, StringComparer.Ordinal));
        if (!allowed)
        {
            return InvitationResult.Failed(t["InviteNotAllowed"]);
        }

        var municipality = municipalityId is null ? null : await db.Municipalities.FirstOrDefaultAsync(m => m.Id == municipalityId, ct);
        if (municipalityId is not null && municipality is null)
        {
            return InvitationResult.Failed(t["InviteMunicipalityUnknown"]);
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return InvitationResult.Failed(t["InviteEmailTaken"]);
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = displayName,
            MunicipalityId = municipalityId,
            CreatedAt = clock.GetUtcNow(),
            IsActive = true,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return InvitationResult.Failed([.. created.Errors.Select(e => e.Description)]);
        }

        await users.AddToRoleAsync(user, role);
        await audit.WriteAsync(AuditActions.InvitationSent, nameof(AppUser), user.Id.ToString(), $"role={role}", municipalityId, ct);

        try
        {
            await SendMailAsync(user, role, municipality?.Name, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Invitation mail to user {UserId} failed", user.Id);
            return new InvitationResult(false, user.Id, [t["InviteMailFailed"]]);
        }

        return InvitationResult.Success(user.Id);
    }

    /// <summary>Sends (again) the invitation mail of a user that has not chosen a password yet.</summary>
    internal async Task SendMailAsync(AppUser user, string role, string? municipalityName, CancellationToken ct)
    {
        var t = AccountText.Text;
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var link = publicUrl.For($"/uitnodiging?user={user.Id}&token={Uri.EscapeDataString(token)}");
        var inviter = tenant.UserName ?? t["InvitationDefaultInviter"];
        var forMunicipality = municipalityName is null ? "" : t.Format("InvitationForMunicipality", municipalityName);
        var html = HtmlEncoder.Default;
        var htmlBody = t.Format("InvitationHtml", html.Encode(user.DisplayName), html.Encode(inviter), html.Encode(role),
            html.Encode(forMunicipality), html.Encode(link));
        var textBody = t.Format("InvitationText", user.DisplayName, inviter, role, forMunicipality, link);
        await mail.SendAsync(user.Email!, t["InvitationSubject"], htmlBody, textBody, ct);
    }

    public async Task<AcceptResult> AcceptAsync(Guid userId, string token, string password, CancellationToken ct)
    {
        var t = AccountText.Text;
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || !user.IsActive)
        {
            return AcceptResult.Failed(t["AcceptInvalid"]);
        }

        if (user.PasswordHash is not null)
        {
            return AcceptResult.Failed(t["AcceptAlreadyUsed"]);
        }

        if (!await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token))
        {
            return AcceptResult.Failed(t["AcceptInvalid"]);
        }

        // AddPassword validates the password policy and changes the security stamp, which voids the token.
        var added = await users.AddPasswordAsync(user, password);
        if (!added.Succeeded)
        {
            return AcceptResult.Failed([.. added.Errors.Select(e => e.Description)]);
        }

        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await audit.WriteAsync(new AuditEntry
        {
            Action = AuditActions.InvitationAccepted,
            UserId = user.Id,
            UserName = user.UserName,
            MunicipalityId = user.MunicipalityId,
            EntityType = nameof(AppUser),
            EntityId = user.Id.ToString(),
        }, ct);
        return AcceptResult.Success();
    }
}
