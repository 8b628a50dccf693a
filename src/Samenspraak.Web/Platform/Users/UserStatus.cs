using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Platform.Users;

/// <summary>The one status an account shows in lists; the order is the order of precedence.</summary>
public enum UserStatus
{
    Deactivated,
    Locked,
    Invited,
    Active,
}

internal static class UserStatuses
{
    public static UserStatus Of(AppUser user, DateTimeOffset now) =>
        !user.IsActive ? UserStatus.Deactivated
        : user.LockoutEnd is { } end && end > now ? UserStatus.Locked
        : user.PasswordHash is null ? UserStatus.Invited
        : UserStatus.Active;

    public static string CssClass(UserStatus status) => status switch
    {
        UserStatus.Active => "tag tag--ok",
        UserStatus.Invited => "tag",
        _ => "tag tag--danger",
    };
}
