using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Community;
using Samenspraak.Web.Community.Notifications;
using Samenspraak.Web.Community.Support;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Community;

/// <summary>Support requests: intake, triage, assignment, conversation, follow-up, evaluation, and municipality isolation.</summary>
public abstract class SupportTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private Task<SupportRequest> RequestAsync(Guid id) =>
        WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<SupportRequest>().IgnoreTenantFilter().AsNoTracking().SingleAsync(r => r.Id == id, Ct));

    /// <summary>An expert of the foreign municipality, with a logged-in client: experts help other municipalities.</summary>
    private async Task<(AppUser User, HttpClient Client)> ForeignExpertAsync()
    {
        var email = $"expert.{Guid.NewGuid():N}@andergem.test";
        var user = await WithScopeAsync(s => s.GetRequiredService<AdminAccounts>()
            .CreateUserAsync(email, "Ander Expert " + Guid.NewGuid().ToString("N")[..6], app.World.Foreign.Id, Roles.Expert, TestWorld.Password));
        var client = app.Factory.CreateBrowserClient();
        await LoginForm.LogInAsync(client, email, TestWorld.Password);
        return (user.User, client);
    }

    [Fact]
    public async Task ARequestGoesFromIntakeThroughTriageAssignmentAndFollowUpToAnEvaluation()
    {
        var staff = await app.ClientAsync(Principal.Staff);
        var submitted = await PageForm.SubmitAsync(staff, "/ondersteuning/nieuw", "id=\"intake\"",
        [
            new("vraag", "Hulp bij een omstaanderstraining voor ons personeel"),
            new("context", "Baliemedewerkers krijgen steeds vaker kwetsende opmerkingen."),
            new("dringendheid", "Normal"),
            new("vorm", "OnSite"),
            new("voorkeursdata", "woensdagen in april"),
        ]);
        var path = PageForm.Location(submitted)!;
        var id = Guid.Parse(path.Split('/').Last());
        var request = await RequestAsync(id);
        Assert.Equal(SupportStatus.Submitted, request.Status);
        Assert.Equal(app.World.Home.Id, request.MunicipalityId);
        Assert.Contains(await WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Notification>()
            .Where(n => n.UserId == app.World[Principal.PlatformAdmin].Id).ToListAsync(Ct)), n => n.Link == path);

        // The municipality cannot evaluate before the platform team triaged it, and cannot triage itself.
        Assert.DoesNotContain("id=\"triage\"", await PageForm.HtmlAsync(staff, path), StringComparison.Ordinal);

        var team = await app.ClientAsync(Principal.PlatformAdmin);
        Assert.Equal(HttpStatusCode.Found, (await PageForm.SubmitAsync(team, path, "id=\"triage\"", [new("besluit", "accept"), new("notitie", "Past in het aanbod")])).StatusCode);
        Assert.Equal(SupportStatus.Triaged, (await RequestAsync(id)).Status);

        var (expert, expertClient) = await ForeignExpertAsync();
        // Before assignment the foreign expert does not see the request.
        Assert.Equal(HttpStatusCode.NotFound, (await expertClient.GetAsync(path, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await PageForm.SubmitAsync(team, path, "id=\"toewijzen\"", [new("expert", expert.Id.ToString())])).StatusCode);
        request = await RequestAsync(id);
        Assert.Equal(SupportStatus.Assigned, request.Status);
        Assert.Equal(expert.Id, request.AssignedExpertId);

        // The assigned expert reads it and writes in the conversation; the municipality is notified.
        var expertPage = PageForm.Text(await PageForm.HtmlAsync(expertClient, path));
        Assert.Contains("Hulp bij een omstaanderstraining voor ons personeel", expertPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, (await PageForm.SubmitAsync(expertClient, path, "id=\"bericht\"", [new("tekst", "Ik kan op 9 april komen.")])).StatusCode);
        Assert.Contains(await WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Notification>()
            .Where(n => n.UserId == app.World[Principal.Staff].Id && n.Kind == NotificationKind.SupportUpdate).ToListAsync(Ct)), n => n.Link == path);

        // Follow-up needs a date.
        var noDate = await PageForm.SubmitAsync(team, path, "id=\"status\"", [new("status", "FollowUp"), new("opvolgdatum", "")]);
        Assert.Contains("Kies een datum voor de opvolging.", PageForm.Text(await noDate.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        await PageForm.SubmitAsync(team, path, "id=\"status\"", [new("status", "FollowUp"), new("opvolgdatum", "2026-05-15"), new("notitie", "Terugkomdag gepland")]);
        Assert.Equal(new DateOnly(2026, 5, 15), (await RequestAsync(id)).FollowUpOn);

        // The municipality closes with an evaluation.
        var badScore = await PageForm.SubmitAsync(staff, path, "id=\"evaluatie\"", [new("score", "9")]);
        Assert.Contains("Kies een oordeel van 1 tot 5.", PageForm.Text(await badScore.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        var evaluated = await PageForm.SubmitAsync(staff, path, "id=\"evaluatie\"", [new("score", "4"), new("opmerking", "Heel bruikbaar")]);
        var page = PageForm.Text(await PageForm.FollowAsync(staff, evaluated));
        request = await RequestAsync(id);
        Assert.Equal(SupportStatus.Closed, request.Status);
        Assert.Equal(4, request.EvaluationScore);
        Assert.NotNull(request.ClosedAt);
        Assert.Contains("Ik kan op 9 april komen.", page, StringComparison.Ordinal);
        Assert.Contains("Status: Afgesloten", page, StringComparison.Ordinal);

        // The overview counts it as handled, per municipality and per expert.
        var overview = PageForm.Text(await PageForm.HtmlAsync(team, "/ondersteuning"));
        Assert.Contains("id=\"per-gemeente\"", overview, StringComparison.Ordinal);
        Assert.Contains(expert.DisplayName, overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecliningNeedsAReasonAndOnlyThePlatformTeamTriages()
    {
        var id = Guid.Parse(app.World.Resource("community.home-support-request"));
        var staff = CommunityActors.Of(app.World, Principal.MunicipalityAdmin);
        var team = CommunityActors.Of(app.World, Principal.PlatformAdmin);

        var byStaff = await WithScopeAsync(s => s.GetRequiredService<SupportService>().TriageAsync(staff, id, true, null, Ct));
        var noReason = await WithScopeAsync(s => s.GetRequiredService<SupportService>().TriageAsync(team, id, false, " ", Ct));

        Assert.False(byStaff.Succeeded);
        Assert.False(noReason.Succeeded);
        Assert.Equal(SupportStatus.Submitted, (await RequestAsync(id)).Status);
    }

    [Fact]
    public async Task AnotherMunicipalitySeesNothingOfTheRequest()
    {
        var id = app.World.Resource("community.home-support-request");
        var foreign = await app.ClientAsync(Principal.ForeignMunicipalityAdmin);

        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/ondersteuning/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/api/v1/support-requests/{id}", Ct)).StatusCode);
        var list = await foreign.GetFromJsonAsync<List<SupportRequestResponse>>("/api/v1/support-requests", Ct);
        Assert.DoesNotContain(list!, r => r.Id == Guid.Parse(id));
        Assert.DoesNotContain(id, await PageForm.HtmlAsync(foreign, "/ondersteuning"), StringComparison.Ordinal);

        // Posting into its conversation does not work either.
        var message = await WithScopeAsync(s => s.GetRequiredService<SupportService>()
            .PostMessageAsync(CommunityActors.Of(app.World, Principal.ForeignMunicipalityAdmin), Guid.Parse(id), "Hallo?", Ct));
        Assert.False(message.Succeeded);

        // The home municipality and the platform team do see it.
        var home = await (await app.ClientAsync(Principal.Official)).GetFromJsonAsync<List<SupportRequestResponse>>("/api/v1/support-requests", Ct);
        Assert.Contains(home!, r => r.Id == Guid.Parse(id));
        var all = await (await app.ClientAsync(Principal.PlatformAdmin)).GetFromJsonAsync<List<SupportRequestResponse>>("/api/v1/support-requests", Ct);
        Assert.Contains(all!, r => r.Id == Guid.Parse(id));
    }

    [Fact]
    public async Task AnIncompleteIntakeKeepsWhatWasTypedAndSaysWhatIsMissing()
    {
        var staff = await app.ClientAsync(Principal.Staff);
        var response = await PageForm.SubmitAsync(staff, "/ondersteuning/nieuw", "id=\"intake\"",
            [new("vraag", "Hulp"), new("context", ""), new("dringendheid", "Zeer"), new("vorm", "Online"), new("voorkeursdata", "liefst in mei")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = PageForm.Text(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Beschrijf je vraag in minstens 10 tekens.", html, StringComparison.Ordinal);
        Assert.Contains("Beschrijf de context.", html, StringComparison.Ordinal);
        Assert.Contains("Kies een waarde uit de lijst.", html, StringComparison.Ordinal);
        Assert.Contains("liefst in mei", html, StringComparison.Ordinal);
    }
}

public sealed class SqliteSupportTests(SqliteAppFixture app) : SupportTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresSupportTests(PostgresAppFixture app) : SupportTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
