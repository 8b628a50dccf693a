namespace Samenspraak.Web.Platform.Audit;

/// <summary>Machine names of audited actions. Stable: admins filter on them and exports refer to them.</summary>
public static class AuditActions
{
    public const string LoginSucceeded = "login.success";
    public const string LoginFailed = "login.failure";
    public const string LockedOut = "login.lockout";
    public const string TwoFactorRequired = "login.2fa-required";
    public const string LoggedOut = "logout";
    public const string PasswordResetRequested = "password.reset-requested";
    public const string PasswordReset = "password.reset";
    public const string PasswordChanged = "password.changed";
    public const string TwoFactorEnabled = "2fa.enabled";
    public const string TwoFactorDisabled = "2fa.disabled";
    public const string RecoveryCodesGenerated = "2fa.recovery-codes";
    public const string InvitationSent = "invitation.sent";
    public const string InvitationAccepted = "invitation.accepted";
    public const string RoleChanged = "role.changed";
    public const string UserDeactivated = "user.deactivated";
    public const string UserActivated = "user.activated";
    public const string MunicipalityCreated = "municipality.created";
    public const string MunicipalityUpdated = "municipality.updated";
    public const string MunicipalityDeleted = "municipality.deleted";
    public const string AdminCreated = "admin.created";
    public const string EntityAdded = "entity.added";
    public const string EntityModified = "entity.modified";
    public const string EntityDeleted = "entity.deleted";
}
