using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Infrastructure.FirstRun;

/// <summary>
/// The demo world a newcomer sees: two clearly fake municipalities (NIS codes 99999 and 99998 do not exist),
/// a regional partnership and one demo user per municipal role. Modules add their own demo content later.
/// </summary>
public sealed class DemoData(AppDbContext db, AdminAccounts accounts, TimeProvider clock)
{
    public const string DemoNisCode = "99999";
    public const string SecondDemoNisCode = "99998";
    public const string DemoMailDomain = "demostad.samenspraak.local";

    /// <summary>Demo users of Demostad, by role: e-mail local part and a Flemish name.</summary>
    public static IReadOnlyList<(string Role, string Local, string Name)> Users { get; } =
    [
        (Roles.MunicipalityAdmin, "beheerder", "Els Peeters (demo)"),
        (Roles.Staff, "medewerker", "Jonas Maes (demo)"),
        (Roles.Official, "mandataris", "An Claes (demo)"),
        (Roles.Moderator, "moderator", "Bram Jacobs (demo)"),
        (Roles.Expert, "expert", "Sofie Willems (demo)"),
        (Roles.Partner, "partner", "Youssef El Amrani (demo)"),
        (Roles.Citizen, "burger", "Lotte Janssens (demo)"),
        (Roles.Curator, "redacteur", "Hanne Wouters (demo)"),
    ];

    /// <summary>Seeds the demo world once; returns the created accounts (empty when it already existed).</summary>
    public async Task<IReadOnlyList<CreatedAccount>> SeedAsync(CancellationToken ct)
    {
        if (await db.Municipalities.AnyAsync(m => m.NisCode == DemoNisCode, ct))
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var demostad = new Municipality
        {
            Name = "Demostad (demo)", NisCode = DemoNisCode, Province = Province.OostVlaanderen,
            Population = 48_250, IsDemo = true, CreatedAt = now,
        };
        var demodorp = new Municipality
        {
            Name = "Demodorp (demo)", NisCode = SecondDemoNisCode, Province = Province.VlaamsBrabant,
            Population = 12_870, IsDemo = true, CreatedAt = now,
        };
        db.Municipalities.AddRange(demostad, demodorp);
        db.RegionalPartnerships.Add(new RegionalPartnership
        {
            Name = "Regio Demoland – samen tegen polarisatie (demo)",
            Description = "Demo-samenwerkingsverband van Demostad en Demodorp rond het lokale actieplan Samenleven.",
            Members = [demostad, demodorp],
        });
        await db.SaveChangesAsync(ct);

        // One password for all demo users: they are for trying the application out, and it is printed once.
        var password = PasswordGenerator.Generate(16);
        var created = new List<CreatedAccount>();
        foreach (var (role, local, name) in Users)
        {
            created.Add(await accounts.CreateUserAsync($"{local}@{DemoMailDomain}", name, demostad.Id, role, password));
        }

        return created;
    }
}
