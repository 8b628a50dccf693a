using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>The quiz page through real form posts: incomplete answers come back with a message and nothing lost.</summary>
public sealed class QuizPageTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task AnIncompleteQuizComesBackWithAMessageAndTheAnswersGiven()
    {
        var user = await LearningTestUsers.CreateAsync(app, Roles.Citizen);
        var client = await LearningTestUsers.LogInAsync(app, user);
        var path = $"/leren/cursus/{LearningWorldSeeder.PublicCourse}/toets";
        var html = await PageForm.HtmlAsync(client, path);
        // Single-choice and true/false questions are radio buttons; every bank has many, so every draw has one.
        var radio = System.Text.RegularExpressions.Regex.Match(html, "id=\"(?<id>[^\"]+)\" name=\"(?<name>q-q[0-9]+)\" value=\"(?<value>[a-z0-9]+)\" type=\"radio\"");
        Assert.True(radio.Success, "the drawn questions include a radio-button question");

        var response = await PageForm.SubmitAsync(client, path, "id=\"toets\"", [new(radio.Groups["name"].Value, radio.Groups["value"].Value)]);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var page = PageForm.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("id=\"foutenoverzicht\"", page, StringComparison.Ordinal);
        Assert.Contains("nog niet beantwoord", page, StringComparison.Ordinal);
        Assert.Matches($"id=\"{radio.Groups["id"].Value}\"[^>]*checked", page);
        Assert.DoesNotContain("id=\"toets-resultaat\"", page, StringComparison.Ordinal);
    }
}
