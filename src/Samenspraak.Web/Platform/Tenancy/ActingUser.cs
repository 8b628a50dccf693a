namespace Samenspraak.Web.Platform.Tenancy;

/// <summary>
/// Who a unit of background work acts for: a person (the curator who queued an import, the analyst who uploaded a
/// file) in a given municipality, or the system itself under the name of a job. Set with
/// <see cref="ActingUserScope.Begin"/>; the tenant context, the query filter, the save guard and the audit log then
/// see this identity instead of the (absent) signed-in user.
/// </summary>
public sealed record ActingUser
{
    private ActingUser(Guid? userId, string? userName, Guid? municipalityId, bool isPlatformAdmin, string? systemJob)
    {
        UserId = userId;
        UserName = userName;
        MunicipalityId = municipalityId;
        IsPlatformAdmin = isPlatformAdmin;
        SystemJob = systemJob;
    }

    public Guid? UserId { get; }

    public string? UserName { get; }

    /// <summary>The municipality the work is done in; null for system work across municipalities (and platform-admin work).</summary>
    public Guid? MunicipalityId { get; }

    public bool IsPlatformAdmin { get; }

    /// <summary>The stable name of the job for system work (e.g. <c>monitoring.retention</c>); null when a person acts.</summary>
    public string? SystemJob { get; }

    /// <summary>
    /// A person, acting in <paramref name="municipalityId"/>: the municipality of the thing being worked on, which is
    /// the person's own for municipality staff. Platform admins pass <paramref name="isPlatformAdmin"/>.
    /// </summary>
    public static ActingUser Person(Guid userId, string? userName, Guid? municipalityId, bool isPlatformAdmin = false) =>
        new(userId, userName, municipalityId, isPlatformAdmin, null);

    /// <summary>
    /// Work that no person asked for (a timer, a retention purge). No user and no municipality: municipality-owned
    /// rows stay invisible unless the job lifts the tenant filter explicitly, as before. The job name ends up in the
    /// audit log, so an administrator can tell which job changed a row.
    /// </summary>
    public static ActingUser System(string job)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(job);
        return new(null, null, null, false, job);
    }
}
