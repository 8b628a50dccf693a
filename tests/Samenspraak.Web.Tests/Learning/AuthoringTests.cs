using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Authoring;
using Samenspraak.Web.Learning.Courses;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>Course authoring through the real pages: drafts, lessons, all question types, publication as versions.</summary>
public abstract partial class AuthoringTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private static string NewSlug() => "proef-" + Guid.NewGuid().ToString("N")[..8];

    private static string Draft(string slug) => $"/leren/beheer/{slug}";

    private static async Task<HttpResponseMessage> CommandAsync(HttpClient author, string slug, string command, string? title = null)
    {
        List<KeyValuePair<string, string>> values = [new("Command", command)];
        if (title is not null)
        {
            values.Add(new("NewTitle", title));
        }

        return await PageForm.SubmitAsync(author, Draft(slug), $"value=\"{command}\"", values);
    }

    private async Task<(CourseDraft? Draft, List<Course> Versions)> StoredAsync(string slug)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Set<CourseDraft>().AsNoTracking().SingleOrDefaultAsync(d => d.Slug == slug),
                await db.Set<Course>().AsNoTracking().Where(c => c.Slug == slug).OrderBy(c => c.Version).ToListAsync());
    }

    private static async Task CreateAsync(HttpClient author, string slug, string audience)
    {
        var created = await PageForm.SubmitAsync(author, "/leren/beheer/nieuw", "id=\"nieuwe-cursus\"",
            [new("Title", "Proefcursus omstaanders"), new("Slug", slug), new("Audience", audience), new("Summary", "Een korte cursus om te proberen.")]);
        Assert.Equal(Draft(slug), PageForm.Location(created));
    }

    /// <summary>Builds a complete course through the pages: one module, one lesson, four questions (one per type).</summary>
    private static async Task WriteCompleteCourseAsync(HttpClient author, string slug)
    {
        Assert.Equal(HttpStatusCode.Found, (await CommandAsync(author, slug, "module-add", "Herkennen")).StatusCode);
        var lesson = await CommandAsync(author, slug, "lesson-add:herkennen", "Wat is online haat?");
        Assert.Equal($"{Draft(slug)}/les/wat-is-online-haat", PageForm.Location(lesson));
        var saved = await PageForm.SubmitAsync(author, $"{Draft(slug)}/les/wat-is-online-haat", "id=\"les\"",
            [new("Title", "Wat is online haat?"), new("Minutes", "12"), new("Text", "## Herkennen\n\nHaat viseert **een groep**.\n\n<script>alert(1)</script>"),
             new("Videos", "https://www.youtube.com/watch?v=abcdefghijk")]);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);

        await AddQuestionAsync(author, slug, QuestionTypes.Single, "q01",
            [new("Prompt", "Wat doe je eerst?"), new("OptionText0", "Meteen terugschelden"), new("OptionText1", "Steun het slachtoffer"), new("OptionText2", "Niets"),
             new("Correct", "1"), new("OptionFeedback0", "Dat doet de haat groeien."), new("Feedback", "Steun telt het meest.")]);
        await AddQuestionAsync(author, slug, QuestionTypes.TrueFalse, "q02", [new("Prompt", "Kritiek op beleid is haat."), new("OptionText0", "Juist"), new("OptionText1", "Fout"), new("Correct", "1")]);
        await AddQuestionAsync(author, slug, QuestionTypes.Short, "q03", [new("Prompt", "Waar meld je discriminatie?"), new("Accepted", "Unia\nbij Unia")]);
        await AddQuestionAsync(author, slug, QuestionTypes.Multiple, "q04",
            [new("Prompt", "Wat helpt?"), new("OptionText0", "Steun"), new("OptionText1", "Schelden"), new("OptionText2", "Melden"), new("OptionText3", "Negeren"),
             new("OptionCorrect0", "true"), new("OptionCorrect2", "true")]);

        var settings = await PageForm.SubmitAsync(author, Draft(slug), "id=\"toets-instellingen\"",
            [new("QuizTitle", "Toets"), new("PassMark", "50"), new("MaxAttempts", "2"), new("PerAttempt", "3"), new("Shuffle", "true")]);
        Assert.Equal(HttpStatusCode.Found, settings.StatusCode);
    }

    private static async Task AddQuestionAsync(HttpClient author, string slug, string type, string expectedId, List<KeyValuePair<string, string>> values)
    {
        var added = await CommandAsync(author, slug, "question-add", type);
        Assert.Equal($"{Draft(slug)}/vraag/{expectedId}", PageForm.Location(added));
        var saved = await PageForm.SubmitAsync(author, $"{Draft(slug)}/vraag/{expectedId}", "id=\"vraag\"", values);
        Assert.True(saved.StatusCode == HttpStatusCode.Found, ErrorSummary(await saved.Content.ReadAsStringAsync()));
        var page = PageForm.Text(await PageForm.FollowAsync(author, saved));
        Assert.DoesNotContain("id=\"vraag-onvolledig\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAuthorWritesAndPublishesACourseThatLearnersCanTake()
    {
        var slug = NewSlug();
        var author = await app.ClientAsync(Principal.Expert);
        await CreateAsync(author, slug, CourseAudiences.Public);
        await WriteCompleteCourseAsync(author, slug);

        // The preview renders the lesson as learners will see it: Markdown, no script, the privacy-friendly embed.
        var preview = await PageForm.HtmlAsync(author, $"{Draft(slug)}/les/wat-is-online-haat");
        Assert.Contains("<strong>een groep</strong>", preview, StringComparison.Ordinal);
        Assert.Contains("https://www.youtube-nocookie.com/embed/abcdefghijk", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", preview, StringComparison.Ordinal);
        var draftPage = await PageForm.HtmlAsync(author, Draft(slug));
        Assert.DoesNotContain("id=\"nog-te-doen\"", draftPage, StringComparison.Ordinal);

        // Not visible to learners before publication.
        var citizen = await LearningTestUsers.LogInAsync(app, await LearningTestUsers.CreateAsync(app, Roles.Citizen));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/leren/cursus/{slug}")).StatusCode);

        var published = await PageForm.SubmitAsync(author, Draft(slug), "id=\"publiceren\"", []);
        Assert.Equal($"/leren/cursus/{slug}", PageForm.Location(published));

        var (draft, versions) = await StoredAsync(slug);
        Assert.Null(draft);
        var course = Assert.Single(versions);
        Assert.True(course.IsCurrent);
        Assert.Equal((1, CourseAudiences.Public), (course.Version, course.Audience));
        var definition = course.Definition();
        Assert.Equal((12, 0.5, 2, 3, true), (definition.EstimatedMinutes, definition.PassMark, definition.MaxAttempts, definition.Quiz.QuestionsPerAttempt, definition.ShuffleQuestions));
        Assert.Equal([QuestionTypes.Single, QuestionTypes.TrueFalse, QuestionTypes.Short, QuestionTypes.Multiple], definition.Quiz.Questions.Select(q => q.Type));
        Assert.Equal(["b"], definition.Quiz.Questions[0].Options!.Where(o => o.Correct).Select(o => o.Id));
        Assert.Equal("Dat doet de haat groeien.", definition.Quiz.Questions[0].Options![0].Feedback);
        Assert.Equal(["niet-waar"], definition.Quiz.Questions[1].Options!.Where(o => o.Correct).Select(o => o.Id));
        Assert.Equal(["Unia", "bij Unia"], definition.Quiz.Questions[2].AcceptedAnswers!);
        Assert.Equal(["a", "c"], definition.Quiz.Questions[3].Options!.Where(o => o.Correct).Select(o => o.Id));

        var lesson = await PageForm.HtmlAsync(citizen, $"/leren/cursus/{slug}/les/wat-is-online-haat");
        Assert.Contains("https://www.youtube-nocookie.com/embed/abcdefghijk", lesson, StringComparison.Ordinal);

        // The published quiz works with the quiz rules: fully correct answers pass and earn a certificate.
        await using var scope = app.Services.CreateAsyncScope();
        var quiz = scope.ServiceProvider.GetRequiredService<QuizService>();
        var learner = await LearningTestUsers.CreateAsync(app, Roles.Citizen);
        var (attempt, _) = await quiz.StartOrResumeAsync(learner.Id, course, CancellationToken.None);
        var (score, certificate) = await quiz.SubmitAsync(attempt!, course, LearningData.CorrectAnswers(attempt!, course), new CertificateHolder("L", null, false), CancellationToken.None);
        Assert.True(score.Passed);
        Assert.Equal(1, certificate!.CourseVersion);
    }

    [Fact]
    public async Task AnIncompleteCourseIsNotPublishedAndBadInputComesBackInDutchWithNothingLost()
    {
        var slug = NewSlug();
        var author = await app.ClientAsync(Principal.Curator);
        await CreateAsync(author, slug, CourseAudiences.Professional);

        var taken = await PageForm.SubmitAsync(author, "/leren/beheer/nieuw", "id=\"nieuwe-cursus\"",
            [new("Title", "Dubbel"), new("Slug", slug), new("Audience", CourseAudiences.Professional), new("Summary", "s")]);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains("bestaat al een cursus of concept", PageForm.Text(await taken.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var refused = await PageForm.SubmitAsync(author, Draft(slug), "id=\"publiceren\"", []);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = PageForm.Text(await refused.Content.ReadAsStringAsync());
        Assert.Contains("id=\"foutenoverzicht\"", page, StringComparison.Ordinal);
        Assert.Contains("minstens één module", page, StringComparison.Ordinal);
        Assert.Contains("De vragenbank moet meer vragen bevatten", page, StringComparison.Ordinal);
        Assert.Empty((await StoredAsync(slug)).Versions);

        await CommandAsync(author, slug, "module-add", "Module");
        await CommandAsync(author, slug, "lesson-add:module", "Les");
        const string text = "Een lange tekst die niet verloren mag gaan.";
        var badVideo = await PageForm.SubmitAsync(author, $"{Draft(slug)}/les/les", "id=\"les\"",
            [new("Title", "Les"), new("Minutes", "5"), new("Text", text), new("Videos", "https://evil.example/video")]);
        Assert.Equal(HttpStatusCode.OK, badVideo.StatusCode);
        var lessonPage = PageForm.Text(await badVideo.Content.ReadAsStringAsync());
        Assert.Contains("is geen link naar een video op YouTube of Vimeo", lessonPage, StringComparison.Ordinal);
        Assert.Contains(text, lessonPage, StringComparison.Ordinal);
        Assert.True(string.IsNullOrEmpty(CourseDraftEdits.FindLesson((await StoredAsync(slug)).Draft!.Definition(), "les")!.Markdown));

        // A question saved incomplete is kept and says what is missing.
        await CommandAsync(author, slug, "question-add", QuestionTypes.Single);
        var incomplete = await PageForm.SubmitAsync(author, $"{Draft(slug)}/vraag/q01", "id=\"vraag\"", [new("Prompt", "Welke?"), new("OptionText0", "Enige optie")]);
        var questionPage = PageForm.Text(await PageForm.FollowAsync(author, incomplete));
        Assert.Contains("id=\"vraag-onvolledig\"", questionPage, StringComparison.Ordinal);
        Assert.Contains("precies één juist", questionPage, StringComparison.Ordinal);
        Assert.Equal("Welke?", (await StoredAsync(slug)).Draft!.Definition().Quiz.Questions.Single().Prompt);

        var notConfirmed = await PageForm.SubmitAsync(author, Draft(slug), "id=\"weggooien\"", []);
        Assert.Equal(HttpStatusCode.OK, notConfirmed.StatusCode);
        Assert.NotNull((await StoredAsync(slug)).Draft);
        await PageForm.SubmitAsync(author, Draft(slug), "id=\"weggooien\"", [new("ConfirmDiscard", "true")]);
        Assert.Null((await StoredAsync(slug)).Draft);
    }

    [Fact]
    public async Task ANewVersionLeavesCertificatesOnTheirVersionAndTellsLearnersInProgress()
    {
        var slug = NewSlug();
        var author = await app.ClientAsync(Principal.Expert);
        await CreateAsync(author, slug, CourseAudiences.Public);
        await WriteCompleteCourseAsync(author, slug);
        await PageForm.SubmitAsync(author, Draft(slug), "id=\"publiceren\"", []);
        var v1 = Assert.Single((await StoredAsync(slug)).Versions);

        var reader = await LearningTestUsers.CreateAsync(app, Roles.Citizen);
        var passer = await LearningTestUsers.CreateAsync(app, Roles.Citizen);
        string code;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CourseCatalog>().CompleteLessonAsync(reader.Id, null, false, v1, "wat-is-online-haat", DateTimeOffset.UtcNow, CancellationToken.None);
            var quiz = scope.ServiceProvider.GetRequiredService<QuizService>();
            var (attempt, _) = await quiz.StartOrResumeAsync(passer.Id, v1, CancellationToken.None);
            code = (await quiz.SubmitAsync(attempt!, v1, LearningData.CorrectAnswers(attempt!, v1), new CertificateHolder("Geslaagde", null, false), CancellationToken.None)).Certificate!.Code;
        }

        // "Write a new version" starts a draft from version 1; publishing it makes version 2 the current one.
        var edit = await PageForm.SubmitAsync(author, "/leren/beheer", $"value=\"{slug}\"", [new("EditSlug", slug)]);
        Assert.Equal(Draft(slug), PageForm.Location(edit));
        Assert.Equal(1, (await StoredAsync(slug)).Draft!.BasedOnVersion);
        await PageForm.SubmitAsync(author, Draft(slug), "id=\"gegevens\"",
            [new("Title", "Proefcursus, herwerkt"), new("Audience", CourseAudiences.Public), new("Summary", "Nieuw."), new("CertificateText", "")]);
        await PageForm.SubmitAsync(author, Draft(slug), "id=\"publiceren\"", []);

        var (draft, versions) = await StoredAsync(slug);
        Assert.Null(draft);
        Assert.Equal([(1, false, "Proefcursus omstaanders"), (2, true, "Proefcursus, herwerkt")], versions.Select(v => (v.Version, v.IsCurrent, v.Title)));

        var verified = PageForm.Text(await PageForm.HtmlAsync(app.Factory.CreateBrowserClient(), $"/certificaat-controleren?code={code}"));
        Assert.Contains("Proefcursus omstaanders", verified, StringComparison.Ordinal);

        var readerPage = PageForm.Text(await PageForm.HtmlAsync(await LearningTestUsers.LogInAsync(app, reader), $"/leren/cursus/{slug}"));
        Assert.Matches("id=\"eerdere-versie\"[^>]*>[^<]*nieuwe versie \\(2\\)[^<]*versie 1 al 1 les", readerPage);
        var passerPage = PageForm.Text(await PageForm.HtmlAsync(await LearningTestUsers.LogInAsync(app, passer), $"/leren/cursus/{slug}"));
        Assert.Contains("Je behaalde versie 1 van deze cursus", passerPage, StringComparison.Ordinal);
        Assert.Contains($"/leren/certificaten/{code}", passerPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadedMaterialIsDownloadableByWhoeverMayTakeTheCourseOnly()
    {
        var slug = NewSlug();
        var author = await app.ClientAsync(Principal.Expert);
        await CreateAsync(author, slug, CourseAudiences.Professional);
        await WriteCompleteCourseAsync(author, slug);
        var lessonPath = $"{Draft(slug)}/les/wat-is-online-haat";

        var refused = await UploadAsync(author, lessonPath, "script.exe", "MZ"u8.ToArray());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Dit soort bestand kan niet opgeladen worden", PageForm.Text(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var uploaded = await UploadAsync(author, lessonPath, "werkblad.pdf", "%PDF-1.4 werkblad"u8.ToArray());
        Assert.Equal(HttpStatusCode.Found, uploaded.StatusCode);
        var material = Assert.Single(CourseDraftEdits.FindLesson((await StoredAsync(slug)).Draft!.Definition(), "wat-is-online-haat")!.Materials!);
        Assert.Equal("Werkblad", material.Title);
        Assert.StartsWith("/leren/materiaal/", material.Url, StringComparison.Ordinal);

        var staff = await app.ClientAsync(Principal.Staff);
        var citizen = await app.ClientAsync(Principal.Citizen);
        // Draft only: authors may download, learners not yet.
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync(material.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(material.Url)).StatusCode);

        await PageForm.SubmitAsync(author, Draft(slug), "id=\"publiceren\"", []);
        var download = await staff.GetAsync(material.Url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF-1.4 werkblad", await download.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(material.Url)).StatusCode);
        Assert.Contains(material.Url, await PageForm.HtmlAsync(staff, $"/leren/cursus/{slug}/les/wat-is-online-haat"), StringComparison.Ordinal);
    }

    private static string ErrorSummary(string html)
    {
        var start = html.IndexOf("id=\"foutenoverzicht\"", StringComparison.Ordinal);
        return start < 0 ? "no error summary" : PageForm.Text(html[start..Math.Min(html.Length, start + 800)]);
    }

    /// <summary>Posts the upload form as multipart/form-data, the way a browser sends a file.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, string fileName, byte[] content)
    {
        var html = await PageForm.HtmlAsync(client, path);
        var form = FormPattern().Matches(html).First(m => m.Value.Contains("id=\"materiaal-upload\"", StringComparison.Ordinal)).Value;
        using var multipart = new MultipartFormDataContent();
        foreach (Match hidden in HiddenPattern().Matches(form))
        {
            var name = NamePattern().Match(hidden.Value).Groups[1].Value;
            var value = ValuePattern().Match(hidden.Value).Groups[1].Value;
            multipart.Add(new StringContent(WebUtility.HtmlDecode(value)), name);
        }

        multipart.Add(new StringContent("Werkblad"), "UploadTitle");
        multipart.Add(new ByteArrayContent(content), "File", fileName);
        var action = WebUtility.HtmlDecode(ActionPattern().Match(form).Groups["action"].Value);
        return await client.PostAsync(action.Length > 0 ? action : path, multipart);
    }

    [GeneratedRegex(@"<form\b.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input\\b[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenPattern();

    [GeneratedRegex("\\sname=\"([^\"]*)\"")]
    private static partial Regex NamePattern();

    [GeneratedRegex("\\svalue=\"([^\"]*)\"")]
    private static partial Regex ValuePattern();

    [GeneratedRegex("<form\\b[^>]*action=\"(?<action>[^\"]*)\"")]
    private static partial Regex ActionPattern();
}

public sealed class SqliteAuthoringTests(SqliteAppFixture app) : AuthoringTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresAuthoringTests(PostgresAppFixture app) : AuthoringTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
