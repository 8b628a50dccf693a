namespace Samenspraak.Web.Platform.Audit;

/// <summary>One line in the audit log: who did what, when, in which municipality. Never contains secrets.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    public Guid? MunicipalityId { get; set; }

    /// <summary>A stable machine name such as <c>login.success</c> or <c>entity.modified</c>; see <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = "";

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    /// <summary>Free text or JSON with context, e.g. the names of the changed properties.</summary>
    public string? Details { get; set; }

    /// <summary>A keyed hash of the client IP: lets admins see repeated sources without storing the address.</summary>
    public string? IpHash { get; set; }
}
