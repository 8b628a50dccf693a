namespace Samenspraak.Web.Platform.Users;

/// <summary>
/// Audit action names for account administration that the shared list does not have. Lockout changes need an
/// explicit entry because the data-context interceptor treats LockoutEnd as log-in bookkeeping and skips it.
/// </summary>
internal static class UserAuditActions
{
    public const string Locked = "user.locked";
    public const string Unlocked = "user.unlocked";
}
