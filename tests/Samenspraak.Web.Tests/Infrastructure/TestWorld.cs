using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Tests.Infrastructure;

/// <summary>
/// Two municipalities ("Teststad" is home, "Andergem" is foreign), a partnership of home only, and one user per
/// <see cref="Principal"/>, all with <see cref="Password"/>. Created through the application's own services.
/// </summary>
public sealed class TestWorld
{
    public const string Password = "Test-wachtwoord-2026!";

    public required Municipality Home { get; init; }

    public required Municipality Foreign { get; init; }

    public required RegionalPartnership HomePartnership { get; init; }

    public required IReadOnlyDictionary<Principal, AppUser> Users { get; init; }

    /// <summary>An audit entry that belongs to the home municipality.</summary>
    public required long HomeAuditEntryId { get; init; }

    public AppUser this[Principal principal] => Users[principal];

    private readonly Dictionary<string, string> _resources = new(StringComparer.Ordinal);

    /// <summary>
    /// An id (or slug) of a resource that a module's <see cref="IWorldSeeder"/> created, e.g.
    /// <c>world.Resource("monitoring.home-channel")</c>. Keys are prefixed with the module's name.
    /// </summary>
    public string Resource(string key) =>
        _resources.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No world resource '{key}'; is its IWorldSeeder present?");

    /// <summary>Called by module seeders only.</summary>
    public void AddResource(string key, string value) => _resources.Add(key, value);

    public static string EmailOf(Principal principal) => $"{principal.ToString().ToLowerInvariant()}@test.samenspraak.local";

    public static async Task<TestWorld> CreateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var accounts = scope.ServiceProvider.GetRequiredService<AdminAccounts>();
        await accounts.EnsureRolesAsync();

        var now = DateTimeOffset.UtcNow;
        var home = new Municipality { Name = "Teststad", NisCode = "90001", Province = Province.Limburg, Population = 30_000, CreatedAt = now };
        var foreign = new Municipality { Name = "Andergem", NisCode = "90002", Province = Province.WestVlaanderen, Population = 9_000, CreatedAt = now };
        var partnership = new RegionalPartnership { Name = "Testregio", Description = "Alleen Teststad", Members = [home] };
        db.Municipalities.AddRange(home, foreign);
        db.RegionalPartnerships.Add(partnership);
        await db.SaveChangesAsync();

        var users = new Dictionary<Principal, AppUser>();
        foreach (var principal in Enum.GetValues<Principal>().Where(p => p != Principal.Anonymous))
        {
            var (role, municipality) = principal switch
            {
                Principal.PlatformAdmin => (Roles.PlatformAdmin, (Guid?)null),
                Principal.MunicipalityAdmin => (Roles.MunicipalityAdmin, home.Id),
                Principal.Staff => (Roles.Staff, home.Id),
                Principal.Official => (Roles.Official, home.Id),
                Principal.Moderator => (Roles.Moderator, home.Id),
                Principal.Expert => (Roles.Expert, home.Id),
                Principal.Partner => (Roles.Partner, home.Id),
                Principal.Citizen => (Roles.Citizen, home.Id),
                Principal.Curator => (Roles.Curator, home.Id),
                Principal.ForeignMunicipalityAdmin => (Roles.MunicipalityAdmin, foreign.Id),
                _ => throw new InvalidOperationException(principal.ToString()),
            };
            var created = await accounts.CreateUserAsync(EmailOf(principal), principal.ToString(), municipality, role, Password);
            users[principal] = created.User;
        }

        var auditId = await db.AuditEntries.Where(a => a.MunicipalityId == home.Id).Select(a => a.Id).FirstAsync();
        var world = new TestWorld
        {
            Home = home, Foreign = foreign, HomePartnership = partnership, Users = users, HomeAuditEntryId = auditId,
        };
        await IWorldSeeder.RunAllAsync(services, world);
        return world;
    }
}
