using Microsoft.Extensions.Options;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Infrastructure.FirstRun;

/// <summary>
/// Seeds roles, the first platform admin and (unless <c>Samenspraak:SeedDemo=false</c>) the demo world, and prints
/// the generated passwords once in a Dutch banner. Runs on every start; does something only the first time.
/// </summary>
public sealed class FirstRunSeeder(
    AdminAccounts accounts, DemoData demo, IOptions<FirstRunOptions> options, FirstRunConsole console,
    IEnumerable<IModuleSeeder> modules)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        await accounts.EnsureRolesAsync();
        CreatedAccount? admin = null;
        if (!await accounts.AnyPlatformAdminAsync())
        {
            admin = await accounts.CreatePlatformAdminAsync(options.Value.AdminEmail, "Platformbeheerder", ct);
        }

        var demoUsers = options.Value.SeedDemo ? await demo.SeedAsync(ct) : [];
        if (admin is not null || demoUsers.Count > 0)
        {
            WriteBanner(admin, demoUsers);
        }

        foreach (var module in modules.OrderBy(m => m.Order))
        {
            await module.SeedAsync(options.Value.SeedDemo, ct);
        }
    }

    private void WriteBanner(CreatedAccount? admin, IReadOnlyList<CreatedAccount> demoUsers)
    {
        var w = console.Writer;
        var line = new string('=', 78);
        w.WriteLine();
        w.WriteLine(line);
        w.WriteLine("  SAMENSPRAAK — EERSTE START");
        w.WriteLine(line);
        if (admin is not null)
        {
            w.WriteLine("  Er werd een platformbeheerder aangemaakt:");
            w.WriteLine($"    E-mail:     {admin.User.Email}");
            w.WriteLine($"    Wachtwoord: {admin.Password}");
            w.WriteLine();
        }

        if (demoUsers.Count > 0)
        {
            w.WriteLine("  Demogemeente 'Demostad (demo)' met demogebruikers (allen hetzelfde wachtwoord):");
            foreach (var account in demoUsers)
            {
                w.WriteLine($"    {account.User.Email,-42} {account.User.DisplayName}");
            }

            w.WriteLine($"    Wachtwoord: {demoUsers[0].Password}");
            w.WriteLine("  Zet Samenspraak:SeedDemo=false om geen demogegevens aan te maken.");
            w.WriteLine();
        }

        w.WriteLine("  Deze wachtwoorden worden NIET opnieuw getoond en nergens gelogd.");
        w.WriteLine("  Noteer ze nu en wijzig ze na de eerste aanmelding.");
        w.WriteLine(line);
        w.WriteLine();
        w.Flush();
    }
}
