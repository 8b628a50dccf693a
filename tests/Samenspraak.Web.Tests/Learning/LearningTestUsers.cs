using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>Fresh accounts per test, so tests in one class do not share attempts, registrations or certificates.</summary>
internal static class LearningTestUsers
{
    public static async Task<AppUser> CreateAsync(AppFixture app, string role, Guid? municipalityId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AdminAccounts>();
        var created = await accounts.CreateUserAsync($"leren-{Guid.NewGuid():N}@test.samenspraak.local", "Lerende " + role,
            municipalityId ?? app.World.Home.Id, role, TestWorld.Password);
        return created.User;
    }

    public static async Task<HttpClient> LogInAsync(AppFixture app, AppUser user)
    {
        var client = app.Factory.CreateBrowserClient();
        await LoginForm.LogInAsync(client, user.Email!, TestWorld.Password);
        return client;
    }
}
