using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Authorization;

/// <summary>
/// Who may use an endpoint, written down independently of the application's policy code: the matrix test
/// derives each principal's expected HTTP outcome from it.
/// </summary>
public sealed record AccessRule(string Name, IReadOnlySet<Principal> Allowed)
{
    private static readonly Principal[] Everyone = Enum.GetValues<Principal>();

    public static AccessRule Anonymous { get; } = new("anoniem", Everyone.ToHashSet());

    public static AccessRule Authenticated { get; } = new(Policies.Authenticated, Everyone.Where(p => p != Principal.Anonymous).ToHashSet());

    public static AccessRule Professional { get; } = new(Policies.Professional,
        Everyone.Where(p => p is not (Principal.Anonymous or Principal.Citizen)).ToHashSet());

    public static AccessRule Staff { get; } = new(Policies.Staff,
        new HashSet<Principal> { Principal.Staff, Principal.Moderator, Principal.MunicipalityAdmin, Principal.ForeignMunicipalityAdmin });

    public static AccessRule MunicipalityAdmin { get; } = new(Policies.MunicipalityAdmin,
        new HashSet<Principal> { Principal.PlatformAdmin, Principal.MunicipalityAdmin, Principal.ForeignMunicipalityAdmin });

    public static AccessRule Curator { get; } = new(Policies.Curator, new HashSet<Principal> { Principal.PlatformAdmin, Principal.Curator });

    public static AccessRule Author { get; } = new(Policies.Author,
        new HashSet<Principal> { Principal.PlatformAdmin, Principal.Curator, Principal.Expert });

    public static AccessRule PlatformAdmin { get; } = new(Policies.PlatformAdmin, new HashSet<Principal> { Principal.PlatformAdmin });

    public override string ToString() => Name;
}

/// <summary>How a request ended, as far as authorization is concerned.</summary>
public enum Outcome
{
    /// <summary>The endpoint ran: the row's success status (200, 201, 400 for an empty body, ...).</summary>
    Allowed,

    /// <summary>API: 401 problem. Page: 302 to /inloggen.</summary>
    NotAuthenticated,

    /// <summary>API: 403 problem. Page: 302 to /geen-toegang.</summary>
    Forbidden,

    /// <summary>404: the resource belongs to another municipality (or does not exist for this user).</summary>
    NotFound,
}
