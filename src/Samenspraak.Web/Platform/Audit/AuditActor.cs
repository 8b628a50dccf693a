using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Platform.Audit;

/// <summary>
/// The name an audit entry records for its actor. A person is their user name; a system job has no user, so its
/// entries carry <c>system:&lt;job&gt;</c> in the user-name column: an administrator sees which job changed a row
/// (the audit page shows it as "Systeem (…)") and can filter on "system".
/// </summary>
public static class AuditActor
{
    public const string SystemPrefix = "system:";

    public static string? NameOf(ITenantContext tenant) =>
        tenant.UserName ?? (tenant.UserId is null && tenant.SystemJob is { } job ? SystemPrefix + job : null);

    /// <summary>The job name of an entry written by a system job; null for a person or an anonymous request.</summary>
    public static string? SystemJobOf(string? userName) =>
        userName is not null && userName.StartsWith(SystemPrefix, StringComparison.Ordinal) ? userName[SystemPrefix.Length..] : null;
}
