using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Community.Moderation;
using Samenspraak.Web.Community.Notifications;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Community;

/// <summary>Screening before publication (held, never dropped; counter-speech published) and moderation with its audit trail.</summary>
public abstract class ModerationTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private const string Hateful = "Die vluchtelingen zijn ongedierte, we moeten ze allemaal buiten schoppen.";

    private const string CounterSpeech =
        "Als iemand onder ons bericht schrijft dat vluchtelingen ongedierte zijn, antwoorden wij dat dat ontmenselijkend is en verwijzen we naar onze huisregels.";

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private Task<Post> PostAsync(Guid id) =>
        WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Post>().AsNoTracking().SingleAsync(p => p.Id == id, Ct));

    private async Task<Guid> HeldAnswerAsync()
    {
        var question = Guid.Parse(app.World.Resource("community.question"));
        var result = await WithScopeAsync(s => s.GetRequiredService<CommunityService>()
            .AnswerAsync(CommunityActors.Of(app.World, Principal.Partner), question, Hateful, Ct));
        Assert.True(result is { Succeeded: true, Held: true });
        return result.Id!.Value;
    }

    [Fact]
    public async Task AHatefulQuestionIsHeldShownToItsAuthorWithTheEvidenceAndHiddenFromOthers()
    {
        var staff = await app.ClientAsync(Principal.Staff);
        var response = await PageForm.SubmitAsync(staff, "/gemeenschap/vragen/nieuw", "id=\"vraag\"",
            [new("titel", "Wat doen we met die vluchtelingen?"), new("thema", "haatspraak"), new("tekst", Hateful)]);
        var path = PageForm.Location(response)!;
        var page = PageForm.Text(await PageForm.FollowAsync(staff, response));

        // Held, never dropped: the author sees the post, why it was held and the words that triggered it.
        Assert.Contains("wordt eerst nagekeken door een moderator", page, StringComparison.Ordinal);
        Assert.Contains("data-status=\"Held\"", page, StringComparison.Ordinal);
        Assert.Contains("ontmenselijking", page, StringComparison.Ordinal);
        Assert.Contains("ongedierte", page, StringComparison.Ordinal);
        var id = Guid.Parse(path.Split('/').Last());
        var stored = await PostAsync(id);
        Assert.Equal(PostStatus.Held, stored.Status);
        Assert.Contains("haatspraak", stored.ScreeningReason, StringComparison.Ordinal);
        Assert.Contains(await WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Notification>()
            .Where(n => n.UserId == app.World[Principal.Staff].Id).ToListAsync(Ct)), n => n.Kind == NotificationKind.PostHeld && n.Link == path);

        // Nobody else sees it; the moderators find it in their queue.
        var other = await app.ClientAsync(Principal.Expert);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path, Ct)).StatusCode);
        Assert.DoesNotContain(id.ToString(), await PageForm.HtmlAsync(other, "/gemeenschap"), StringComparison.Ordinal);
        var queue = await PageForm.HtmlAsync(await app.ClientAsync(Principal.Moderator), "/gemeenschap/moderatie");
        Assert.Contains($"vrijgeven-{id}", queue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CounterSpeechIsPublishedAtOnce()
    {
        var question = Guid.Parse(app.World.Resource("community.question"));
        var result = await WithScopeAsync(s => s.GetRequiredService<CommunityService>()
            .AnswerAsync(CommunityActors.Of(app.World, Principal.Moderator), question, CounterSpeech, Ct));

        Assert.True(result.Succeeded);
        Assert.False(result.Held);
        var post = await PostAsync(result.Id!.Value);
        Assert.Equal(PostStatus.Published, post.Status);
        Assert.Null(post.ScreeningReason);
    }

    [Fact]
    public async Task AModeratorReleasesAHeldPostWithAReasonWhichIsAuditedAndTheAuthorIsTold()
    {
        var answer = await HeldAnswerAsync();
        var moderator = await app.ClientAsync(Principal.Moderator);

        var withoutReason = await PageForm.SubmitAsync(moderator, "/gemeenschap/moderatie", $"id=\"vrijgeven-{answer}\"", [new("reden", " ")]);
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains("Geef een reden op.", PageForm.Text(await withoutReason.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(PostStatus.Held, (await PostAsync(answer)).Status);

        var released = await PageForm.SubmitAsync(moderator, "/gemeenschap/moderatie", $"id=\"vrijgeven-{answer}\"",
            [new("reden", "Citaat in een vraag over aanpak, geen eigen uitspraak")]);
        Assert.Equal(HttpStatusCode.Found, released.StatusCode);

        Assert.Equal(PostStatus.Published, (await PostAsync(answer)).Status);
        var (actions, audit, notes) = await WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            return (await db.Set<ModerationAction>().Where(a => a.PostId == answer).ToListAsync(Ct),
                await db.AuditEntries.IgnoreTenantFilter().Where(a => a.Action == ModerationAuditActions.Released && a.EntityId == answer.ToString()).ToListAsync(Ct),
                await db.Set<Notification>().Where(n => n.UserId == app.World[Principal.Partner].Id && n.Kind == NotificationKind.PostReleased).ToListAsync(Ct));
        });
        var action = Assert.Single(actions);
        Assert.Equal(ModerationKind.Released, action.Kind);
        Assert.Equal(app.World[Principal.Moderator].Id, action.ModeratorId);
        var entry = Assert.Single(audit);
        Assert.Equal(app.World[Principal.Moderator].Id, entry.UserId);
        Assert.NotEmpty(notes);
        Assert.Contains("Citaat in een vraag", PageForm.Text(await PageForm.HtmlAsync(moderator, "/gemeenschap/moderatie")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportedPostIsHiddenWithAReasonTheAuthorSeesAndOthersNoLonger()
    {
        var question = (await WithScopeAsync(s => s.GetRequiredService<CommunityService>().AskAsync(CommunityActors.Of(app.World, Principal.Official),
            "Waarom komt er een opvangcentrum in onze gemeente?", "Ik vind dit slecht beleid van het college.", "polarisatie", Ct))).Id!.Value;
        Assert.Equal(PostStatus.Published, (await PostAsync(question)).Status); // criticism of policy is not harmful

        var reporter = await app.ClientAsync(Principal.Partner);
        var reported = await PageForm.SubmitAsync(reporter, $"/gemeenschap/vragen/{question}", $"id=\"meld-{question}\"", [new("reden", "Hoort niet in deze gemeenschap")]);
        Assert.Equal(HttpStatusCode.Found, reported.StatusCode);

        var moderator = await app.ClientAsync(Principal.PlatformAdmin);
        var queue = PageForm.Text(await PageForm.HtmlAsync(moderator, "/gemeenschap/moderatie"));
        Assert.Contains("Hoort niet in deze gemeenschap", queue, StringComparison.Ordinal);
        var hidden = await PageForm.SubmitAsync(moderator, "/gemeenschap/moderatie", $"id=\"verbergen-{question}\"", [new("reden", "Buiten het onderwerp van de gemeenschap")]);
        Assert.Equal(HttpStatusCode.Found, hidden.StatusCode);

        Assert.Equal(PostStatus.Hidden, (await PostAsync(question)).Status);
        var author = PageForm.Text(await PageForm.HtmlAsync(await app.ClientAsync(Principal.Official), $"/gemeenschap/vragen/{question}"));
        Assert.Contains("Buiten het onderwerp van de gemeenschap", author, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.GetAsync($"/gemeenschap/vragen/{question}", Ct)).StatusCode);
        Assert.Equal(0, await WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<PostReport>().CountAsync(r => r.PostId == question && r.HandledAt == null, Ct)));
    }

    [Fact]
    public async Task AnEditKeepsThePreviousTextInTheTrailAndOnlyModeratorsMayModerate()
    {
        var answer = Guid.Parse(app.World.Resource("community.answer"));
        var before = (await PostAsync(answer)).Body;

        var notModerator = await WithScopeAsync(s => s.GetRequiredService<ModerationService>()
            .EditAsync(CommunityActors.Of(app.World, Principal.Staff), answer, "Andere tekst", "test", Ct));
        Assert.False(notModerator.Succeeded);

        var edited = await WithScopeAsync(s => s.GetRequiredService<ModerationService>()
            .EditAsync(CommunityActors.Of(app.World, Principal.Moderator), answer, before + " (telefoonnummer verwijderd)", "Persoonsgegevens verwijderd", Ct));
        Assert.True(edited.Succeeded);

        var post = await PostAsync(answer);
        Assert.EndsWith("(telefoonnummer verwijderd)", post.Body, StringComparison.Ordinal);
        Assert.NotNull(post.EditedAt);
        var trail = await WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<ModerationAction>().Where(a => a.PostId == answer && a.Kind == ModerationKind.Edited).ToListAsync(Ct));
        Assert.Equal(before, Assert.Single(trail).PreviousBody);
        Assert.Equal(1, await WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AuditEntries.IgnoreTenantFilter()
            .CountAsync(a => a.Action == ModerationAuditActions.Edited && a.EntityId == answer.ToString(), Ct)));
    }
}

public sealed class SqliteModerationTests(SqliteAppFixture app) : ModerationTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresModerationTests(PostgresAppFixture app) : ModerationTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
