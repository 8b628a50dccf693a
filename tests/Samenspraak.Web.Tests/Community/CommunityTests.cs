using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Community.Notifications;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Community;

/// <summary>Questions and answers through the real pages and services: asking, answering, acceptance, votes, follows, mentions, Markdown.</summary>
public abstract class CommunityTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private Task<CommunityResult> AskAsync(Principal who, string title, string body, string theme = CommunityWorldSeeder.Theme) =>
        WithScopeAsync(s => s.GetRequiredService<CommunityService>().AskAsync(CommunityActors.Of(app.World, who), title, body, theme, Ct));

    private Task<CommunityResult> AnswerAsync(Principal who, Guid questionId, string body) =>
        WithScopeAsync(s => s.GetRequiredService<CommunityService>().AnswerAsync(CommunityActors.Of(app.World, who), questionId, body, Ct));

    private Task<List<Notification>> NotificationsOfAsync(Principal who) =>
        WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Notification>().AsNoTracking()
            .Where(n => n.UserId == app.World[who].Id).ToListAsync(Ct));

    [Fact]
    public async Task AProfessionalAsksAnExpertAnswersMarkedAsExpertAndTheAskerAcceptsThroughThePages()
    {
        var staff = await app.ClientAsync(Principal.Staff);
        var asked = await PageForm.SubmitAsync(staff, "/gemeenschap/vragen/nieuw", "id=\"vraag\"",
        [
            new("titel", "Hoe betrekken we jongeren bij een dialoogavond?"),
            new("thema", CommunityWorldSeeder.Theme),
            new("tekst", "We organiseren een avond over *samenleven* in de wijk. Hoe bereiken we jongeren?"),
        ]);
        var questionPath = PageForm.Location(asked)!;
        Assert.StartsWith("/gemeenschap/vragen/", questionPath, StringComparison.Ordinal);

        var expert = await app.ClientAsync(Principal.Expert);
        var answered = await PageForm.SubmitAsync(expert, questionPath, "id=\"antwoord\"",
            [new("tekst", "Vraag jongerenwerkers om samen met jongeren de avond te **organiseren**.")]);
        var page = PageForm.Text(await PageForm.FollowAsync(expert, answered));
        Assert.Contains("Je antwoord staat online.", page, StringComparison.Ordinal);
        Assert.Contains("<strong>organiseren</strong>", page, StringComparison.Ordinal);
        Assert.Contains("tag tag--expert", page, StringComparison.Ordinal);

        var answerId = await WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Post>()
            .Where(p => p.QuestionId == Guid.Parse(questionPath.Split('/').Last())).Select(p => p.Id).SingleAsync(Ct));
        // Only the asker gets the accept form.
        Assert.DoesNotContain($"accepteer-{answerId}", page, StringComparison.Ordinal);

        var accepted = await PageForm.SubmitAsync(staff, questionPath, $"id=\"accepteer-{answerId}\"", []);
        var after = PageForm.Text(await PageForm.FollowAsync(staff, accepted));
        Assert.Contains("tag--accepted", after, StringComparison.Ordinal);
        Assert.Contains("Opgelost", after, StringComparison.Ordinal);
        Assert.Contains(await NotificationsOfAsync(Principal.Expert), n => n.Kind == NotificationKind.AnswerAccepted && n.Link == questionPath);
        Assert.Contains(await NotificationsOfAsync(Principal.Staff), n => n.Kind == NotificationKind.NewAnswer && n.Link == questionPath);
    }

    [Fact]
    public async Task OnlyTheAskerAcceptsAndOnlyAnAnswerOfThatQuestion()
    {
        var question = (await AskAsync(Principal.Partner, "Welke huisregels gebruiken jullie online?", "Graag voorbeelden.")).Id!.Value;
        var answer = (await AnswerAsync(Principal.Expert, question, "Kort, positief geformuleerd en zichtbaar bij elk bericht.")).Id!.Value;
        var otherQuestion = Guid.Parse(app.World.Resource("community.question"));

        var byOther = await WithScopeAsync(s => s.GetRequiredService<CommunityService>().AcceptAsync(CommunityActors.Of(app.World, Principal.Staff), question, answer, Ct));
        var wrongQuestion = await WithScopeAsync(s => s.GetRequiredService<CommunityService>().AcceptAsync(CommunityActors.Of(app.World, Principal.Staff), otherQuestion, answer, Ct));
        var byAsker = await WithScopeAsync(s => s.GetRequiredService<CommunityService>().AcceptAsync(CommunityActors.Of(app.World, Principal.Partner), question, answer, Ct));

        Assert.False(byOther.Succeeded);
        Assert.Contains("Alleen wie de vraag stelde", byOther.Errors.Single(), StringComparison.Ordinal);
        Assert.False(wrongQuestion.Succeeded);
        Assert.True(byAsker.Succeeded);
        Assert.Equal(answer, await WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Post>().Where(p => p.Id == question).Select(p => p.AcceptedAnswerId).SingleAsync(Ct)));
    }

    [Fact]
    public async Task VotesCountOncePerUserCanBeChangedOrTakenBackAndNotOnOwnPosts()
    {
        var question = (await AskAsync(Principal.Official, "Hoe meten jullie het effect van een omstaanderstraining?", "Met een bevraging vooraf en achteraf?")).Id!.Value;
        async Task<CommunityResult> Vote(Principal who, int value) =>
            await WithScopeAsync(s => s.GetRequiredService<CommunityService>().VoteAsync(CommunityActors.Of(app.World, who), question, value, Ct));
        Task<int> Score() => WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<Post>().Where(p => p.Id == question).Select(p => p.Score).SingleAsync(Ct));

        Assert.True((await Vote(Principal.Staff, 1)).Succeeded);
        Assert.True((await Vote(Principal.Expert, 1)).Succeeded);
        Assert.True((await Vote(Principal.Moderator, -1)).Succeeded);
        Assert.Equal(1, await Score());

        Assert.True((await Vote(Principal.Moderator, 1)).Succeeded); // changed its mind
        Assert.Equal(3, await Score());
        Assert.True((await Vote(Principal.Staff, 1)).Succeeded); // same again: taken back
        Assert.Equal(2, await Score());

        var own = await Vote(Principal.Official, 1);
        Assert.False(own.Succeeded);
        Assert.False((await Vote(Principal.Staff, 5)).Succeeded);
        Assert.Equal(2, await Score());
    }

    [Fact]
    public async Task VotingThroughThePageCountsTheVote()
    {
        var question = app.World.Resource("community.question");
        var answer = app.World.Resource("community.answer");
        var partner = await app.ClientAsync(Principal.Partner);

        var response = await PageForm.SubmitAsync(partner, $"/gemeenschap/vragen/{question}", $"id=\"stem-{answer}\"", [new("waarde", "1")]);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(1, await WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<PostVote>()
            .CountAsync(v => v.PostId == Guid.Parse(answer) && v.UserId == app.World[Principal.Partner].Id, Ct)));
    }

    [Fact]
    public async Task FollowersOfAThemeHearOfNewQuestionsAndMentionedColleaguesAreNotified()
    {
        var curator = await app.ClientAsync(Principal.Curator);
        var follow = await PageForm.SubmitAsync(curator, "/gemeenschap?thema=desinformatie", "id=\"thema-volgen\"", []);
        Assert.Contains("Je volgt dit thema", PageForm.Text(await PageForm.FollowAsync(curator, follow)), StringComparison.Ordinal);

        var question = (await AskAsync(Principal.Staff, "Welke factcheckers werken met gemeenten samen?",
            "Wie kent een goede partner? @Moderator misschien weet jij het.", "desinformatie")).Id!.Value;
        var otherTheme = (await AskAsync(Principal.Staff, "Hoe plannen jullie een buurtgesprek?", "Tips welkom.", "polarisatie")).Id!.Value;

        var curatorNotes = await NotificationsOfAsync(Principal.Curator);
        Assert.Contains(curatorNotes, n => n.Kind == NotificationKind.NewQuestionOnTheme && n.Link.EndsWith(question.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(curatorNotes, n => n.Link.EndsWith(otherTheme.ToString(), StringComparison.Ordinal));
        Assert.Contains(await NotificationsOfAsync(Principal.Moderator), n => n.Kind == NotificationKind.Mentioned && n.Link.EndsWith(question.ToString(), StringComparison.Ordinal));

        // The notifications page lists them and marks them read.
        var html = PageForm.Text(await PageForm.HtmlAsync(curator, "/gemeenschap/meldingen"));
        Assert.Contains("Welke factcheckers werken met gemeenten samen?", html, StringComparison.Ordinal);
        Assert.All(await NotificationsOfAsync(Principal.Curator), n => Assert.NotNull(n.ReadAt));
    }

    [Fact]
    public async Task FollowersOfAQuestionHearOfNewAnswersButNotOfTheirOwn()
    {
        var question = (await AskAsync(Principal.Staff, "Wat doen jullie met anonieme haatmails aan de burgemeester?", "Melden bij de politie?")).Id!.Value;
        await WithScopeAsync(s => s.GetRequiredService<CommunityService>().ToggleQuestionAsync(CommunityActors.Of(app.World, Principal.Partner), question, Ct));

        await AnswerAsync(Principal.Partner, question, "Wij bewaren ze en melden bedreigingen altijd bij de politie.");
        await AnswerAsync(Principal.Expert, question, "Ook steun voor de ontvanger is belangrijk; bied een gesprek aan.");

        var partner = await NotificationsOfAsync(Principal.Partner);
        Assert.Single(partner, n => n.Kind == NotificationKind.NewAnswer && n.Link.EndsWith(question.ToString(), StringComparison.Ordinal));
        Assert.Equal(2, (await NotificationsOfAsync(Principal.Staff)).Count(n => n.Kind == NotificationKind.NewAnswer && n.Link.EndsWith(question.ToString(), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task MarkdownIsRenderedAndScriptsAndJavascriptLinksAreRemoved()
    {
        var question = (await AskAsync(Principal.Staff, "Een vraag met opmaak en een link erin",
            "**Vet** en <script>alert('x')</script> en [klik](javascript:alert(1)) en <img src=x onerror=alert(2)>")).Id!.Value;
        var html = await PageForm.HtmlAsync(await app.ClientAsync(Principal.Expert), $"/gemeenschap/vragen/{question}");

        Assert.Contains("<strong>Vet</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInputGetsDutchMessagesAndKeepsWhatWasTyped()
    {
        var staff = await app.ClientAsync(Principal.Staff);
        var response = await PageForm.SubmitAsync(staff, "/gemeenschap/vragen/nieuw", "id=\"vraag\"",
            [new("titel", "Kort"), new("thema", "bestaat-niet"), new("tekst", "Mijn uitgebreide toelichting")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = PageForm.Text(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("id=\"foutenoverzicht\"", html, StringComparison.Ordinal);
        Assert.Contains("minstens 10 tekens", html, StringComparison.Ordinal);
        Assert.Contains("Kies een thema", html, StringComparison.Ordinal);
        Assert.Contains("Mijn uitgebreide toelichting", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCommunityIsSharedAcrossMunicipalities()
    {
        var foreign = await app.ClientAsync(Principal.ForeignMunicipalityAdmin);
        var list = PageForm.Text(await PageForm.HtmlAsync(foreign, "/gemeenschap"));
        Assert.Contains("Hoe reageren we op haatreacties onder onze berichten?", list, StringComparison.Ordinal);

        var api = await foreign.GetFromJsonAsync<List<Samenspraak.Web.Community.QuestionSummary>>("/api/v1/community/questions", Ct);
        Assert.Contains(api!, q => q.Id == Guid.Parse(app.World.Resource("community.question")));
    }

    [Fact]
    public async Task CitizensHaveNoAccessToTheCommunity()
    {
        var citizen = await app.ClientAsync(Principal.Citizen);
        var response = await citizen.GetAsync("/gemeenschap", Ct);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Contains("/geen-toegang", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class SqliteCommunityTests(SqliteAppFixture app) : CommunityTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresCommunityTests(PostgresAppFixture app) : CommunityTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
