using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Community;

/// <summary>
/// The question list searched, filtered and paged in the database: term in title or body (case-insensitive, LIKE
/// wildcards literal), theme, solved/unanswered, pages of 25, and held or hidden posts never shown to others.
/// </summary>
public abstract class QuestionSearchTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Post> AddAsync(string title, string body, PostStatus status = PostStatus.Published, Principal author = Principal.Staff,
        string theme = CommunityWorldSeeder.Theme, Guid? questionId = null, DateTimeOffset? at = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = app.World[author];
        var post = new Post
        {
            Kind = questionId is null ? PostKind.Question : PostKind.Answer, QuestionId = questionId, Title = questionId is null ? title : null,
            ThemeSlug = questionId is null ? theme : null, Body = body, AuthorId = user.Id, AuthorName = user.DisplayName,
            AuthorMunicipalityId = user.MunicipalityId, Status = status, CreatedAt = at ?? DateTimeOffset.UtcNow,
        };
        db.Add(post);
        await db.SaveChangesAsync(Ct);
        return post;
    }

    private async Task<QuestionResults> FindAsync(Principal who, QuestionQuery query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QuestionSearch>().FindAsync(CommunityActors.Of(app.World, who), query, Ct);
    }

    [Fact]
    public async Task TheTermMatchesTitleOrBodyCaseInsensitivelyAndWildcardsAreLiteral()
    {
        var word = $"zoekwoord{Guid.NewGuid():N}"[..20];
        var inTitle = await AddAsync($"Vraag over {word.ToUpperInvariant()} in de titel", "Gewone tekst.");
        var inBody = await AddAsync("Een andere vraag zonder het woord", $"Hier staat {word} in de tekst.");
        await AddAsync("Niets te zien hier", "Helemaal niets.");
        var percent = await AddAsync($"Korting van 100% op {word}", "tekst");

        var found = await FindAsync(Principal.Curator, new QuestionQuery(word, null, QuestionFilter.All, 1));
        Assert.Equal(new[] { inTitle.Id, inBody.Id, percent.Id }.Order(), found.Rows.Select(r => r.Id).Order());

        var literal = await FindAsync(Principal.Curator, new QuestionQuery("100% op " + word, null, QuestionFilter.All, 1));
        Assert.Equal(percent.Id, Assert.Single(literal.Rows).Id);
        Assert.Empty((await FindAsync(Principal.Curator, new QuestionQuery(word + "_", null, QuestionFilter.All, 1))).Rows);
    }

    [Fact]
    public async Task ThemeAndSolvedOrUnansweredFiltersWorkTogetherWithTheTerm()
    {
        var word = $"filter{Guid.NewGuid():N}"[..16];
        var unanswered = await AddAsync($"{word} zonder antwoord", "tekst");
        var answered = await AddAsync($"{word} met antwoord", "tekst");
        await AddAsync("antwoord", "Een gepubliceerd antwoord.", questionId: answered.Id);
        var onlyHeldAnswer = await AddAsync($"{word} met een tegengehouden antwoord", "tekst");
        await AddAsync("antwoord", "Wacht op moderatie.", PostStatus.Held, questionId: onlyHeldAnswer.Id);
        var otherTheme = await AddAsync($"{word} ander thema", "tekst", theme: "ander-thema");

        var unansweredRows = await FindAsync(Principal.Curator, new QuestionQuery(word, CommunityWorldSeeder.Theme, QuestionFilter.Unanswered, 1));
        Assert.Equal(new[] { unanswered.Id, onlyHeldAnswer.Id }.Order(), unansweredRows.Rows.Select(r => r.Id).Order());
        var all = await FindAsync(Principal.Curator, new QuestionQuery(word, CommunityWorldSeeder.Theme, QuestionFilter.All, 1));
        Assert.Equal(3, all.Total);
        Assert.Equal(1, all.Rows.Single(r => r.Id == answered.Id).Answers);
        Assert.Equal(0, all.Rows.Single(r => r.Id == onlyHeldAnswer.Id).Answers);
        Assert.DoesNotContain(all.Rows, r => r.Id == otherTheme.Id);
        Assert.Empty((await FindAsync(Principal.Curator, new QuestionQuery(word, null, QuestionFilter.Solved, 1))).Rows);
    }

    [Fact]
    public async Task PagesOfTwentyFiveNewestFirstWithoutGapsOrDoubles()
    {
        var word = $"pagina{Guid.NewGuid():N}"[..16];
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        var posts = new List<Post>();
        for (var i = 0; i < 60; i++)
        {
            posts.Add(await AddAsync($"{word} vraag {i}", "tekst", at: start.AddMinutes(i)));
        }

        var pages = new List<QuestionResults>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await FindAsync(Principal.Curator, new QuestionQuery(word, null, QuestionFilter.All, page)));
        }

        Assert.Equal([25, 25, 10], pages.Select(p => p.Rows.Count));
        Assert.All(pages, p => Assert.Equal((60, 3), (p.Total, p.PageCount)));
        Assert.Equal(posts.AsEnumerable().Reverse().Select(p => p.Id), pages.SelectMany(p => p.Rows).Select(r => r.Id));
        // A page beyond the end shows the last page.
        Assert.Equal(3, (await FindAsync(Principal.Curator, new QuestionQuery(word, null, QuestionFilter.All, 99))).Page);

        var html = PageForm.Text(await PageForm.HtmlAsync(await app.ClientAsync(Principal.Staff), $"/gemeenschap?zoek={word}&pagina=2"));
        Assert.Contains("Pagina 2 van 3", html, StringComparison.Ordinal);
        Assert.Contains($"{word} vraag 34", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"{word} vraag 35<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeldPostsOnlyForTheirAuthorAndModeratorsAndHiddenPostsForNobody()
    {
        var word = $"zicht{Guid.NewGuid():N}"[..16];
        var published = await AddAsync($"{word} gepubliceerd", "tekst");
        var held = await AddAsync($"{word} tegengehouden", "tekst", PostStatus.Held, Principal.Staff);
        var hidden = await AddAsync($"{word} verborgen", "tekst", PostStatus.Hidden, Principal.Staff);

        var other = await FindAsync(Principal.Curator, new QuestionQuery(word, null, QuestionFilter.All, 1));
        var author = await FindAsync(Principal.Staff, new QuestionQuery(word, null, QuestionFilter.All, 1));
        var moderator = await FindAsync(Principal.Moderator, new QuestionQuery(word, null, QuestionFilter.All, 1));

        Assert.Equal([published.Id], other.Rows.Select(r => r.Id));
        Assert.Equal(1, other.Total);
        Assert.Equal(new[] { published.Id, held.Id }.Order(), author.Rows.Select(r => r.Id).Order());
        Assert.Equal(new[] { published.Id, held.Id }.Order(), moderator.Rows.Select(r => r.Id).Order());
        Assert.DoesNotContain(hidden.Id, moderator.Rows.Select(r => r.Id));
        Assert.DoesNotContain($"{word} tegengehouden", await PageForm.HtmlAsync(await app.ClientAsync(Principal.Curator), $"/gemeenschap?zoek={word}"), StringComparison.Ordinal);
    }
}

public sealed class SqliteQuestionSearchTests(SqliteAppFixture app) : QuestionSearchTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresQuestionSearchTests(PostgresAppFixture app) : QuestionSearchTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
