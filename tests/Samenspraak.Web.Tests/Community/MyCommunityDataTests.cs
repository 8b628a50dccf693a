using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Community.Support;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Community;

/// <summary>
/// Self-service export of one's own community data (issue 7: personal data exportable): a professional downloads the
/// questions and answers they wrote and the support requests they filed, with their own messages only; nobody else's
/// posts or messages are in it, and the link sits next to the course data on "mijn gegevens".
/// </summary>
public abstract class MyCommunityDataTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static async Task<JsonElement> DownloadAsync(HttpClient client)
    {
        var response = await client.GetAsync("/gemeenschap/mijn-gegevens.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task AProfessionalDownloadsTheirOwnPostsAndSupportRequestsAndNothingOfOthers()
    {
        var requestId = Guid.Parse(app.World.Resource("community.home-support-request"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.AddRange(
                new SupportMessage { SupportRequestId = requestId, AuthorId = app.World[Principal.Staff].Id, AuthorName = "Staff", Body = "Eigen aanvulling bij de vraag", CreatedAt = DateTimeOffset.UtcNow },
                new SupportMessage { SupportRequestId = requestId, AuthorId = app.World[Principal.PlatformAdmin].Id, AuthorName = "Team", Body = "Antwoord van het platformteam", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var staff = await app.ClientAsync(Principal.Staff);
        var mine = await DownloadAsync(staff);
        var posts = mine.GetProperty("posts").EnumerateArray().ToList();
        Assert.Contains(posts, p => p.GetProperty("Title").GetString() == "Hoe reageren we op haatreacties onder onze berichten?");
        Assert.DoesNotContain(posts, p => p.GetProperty("Body").GetString()!.Contains("huisregels", StringComparison.Ordinal));
        var request = Assert.Single(mine.GetProperty("supportRequests").EnumerateArray());
        Assert.Equal("Begeleiding bij een gespannen buurtvergadering", request.GetProperty("Question").GetString());
        var messages = request.GetProperty("myMessages").EnumerateArray().Select(m => m.GetProperty("Body").GetString()).ToList();
        Assert.Equal(["Eigen aanvulling bij de vraag"], messages);

        // The expert's export holds the answer, not the staff member's question or request.
        var expert = await DownloadAsync(await app.ClientAsync(Principal.Expert));
        var expertPosts = expert.GetProperty("posts").EnumerateArray().ToList();
        Assert.Contains(expertPosts, p => p.GetProperty("Body").GetString()!.Contains("huisregels", StringComparison.Ordinal));
        Assert.DoesNotContain(expertPosts, p => p.GetProperty("Title").GetString() == "Hoe reageren we op haatreacties onder onze berichten?");
        Assert.Empty(expert.GetProperty("supportRequests").EnumerateArray());

        // "Mijn gegevens" counts them and links the download.
        var page = await PageForm.HtmlAsync(staff, "/leren/mijn-gegevens");
        Assert.Contains("id=\"gemeenschap-gegevens-download\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/gemeenschap/mijn-gegevens.json\"", page, StringComparison.Ordinal);
        Assert.Contains("Ondersteuningsvragen die je indiende: 1.", PageForm.Text(page), StringComparison.Ordinal);
    }
}

public sealed class SqliteMyCommunityDataTests(SqliteAppFixture app) : MyCommunityDataTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresMyCommunityDataTests(PostgresAppFixture app) : MyCommunityDataTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
