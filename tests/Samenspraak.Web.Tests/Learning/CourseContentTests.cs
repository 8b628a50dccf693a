using Samenspraak.Web.Learning.Courses;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>The shipped starter courses load and obey the README rules; lessons render safely.</summary>
public sealed class CourseContentTests
{
    [Theory]
    [InlineData("polarisatie-basis", CourseAudiences.Professional)]
    [InlineData("omstaander-online", CourseAudiences.Public)]
    public async Task StarterCoursesAreValidAndCompleteWithTheirLessons(string slug, string audience)
    {
        var (course, errors) = await CourseSeeder.ReadAsync(Path.Combine(CourseSeeder.DefaultFolder, slug), CancellationToken.None);

        Assert.Empty(errors);
        Assert.NotNull(course);
        Assert.Equal(audience, course.Audience);
        Assert.All(course.AllLessons, l => Assert.False(string.IsNullOrWhiteSpace(l.Markdown)));
        Assert.True(course.Quiz.Questions.Count > course.Quiz.QuestionsPerAttempt);
    }

    [Fact]
    public void ValidatorRejectsAQuestionBankThatBreaksTheRules()
    {
        var option = new QuizOption { Id = "a", Text = "a", Correct = true, Feedback = "f" };
        var course = new CourseDefinition
        {
            Slug = "Fout Slug", Title = "t", Audience = "iedereen", Version = 1, MaxAttempts = 1, PassMark = 0.5,
            Modules = [new CourseModule { Slug = "m", Title = "m", Lessons = [new CourseLesson { Slug = "l", Title = "l", File = "lessons/l.md" }] }],
            Quiz = new QuizDefinition
            {
                QuestionsPerAttempt = 2,
                Questions =
                [
                    new QuizQuestion { Id = "q01", Type = QuestionTypes.Single, Options = [option, option with { Id = "b" }, option with { Id = "c", Correct = false }] },
                    new QuizQuestion { Id = "q01", Type = QuestionTypes.Short },
                ],
            },
        };

        var errors = CourseValidator.Validate(course);

        Assert.Contains(errors, e => e.Contains("slug", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("audience", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("question id 'q01'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("exactly one correct", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("acceptedAnswers", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("more questions", StringComparison.Ordinal));
    }

    [Fact]
    public void MarkdownIsRenderedWithoutRawHtmlScriptsOrForeignIframes()
    {
        var renderer = new MarkdownRenderer();

        var html = renderer.Render("## Titel\n\n<script>alert(1)</script>\n\n[klik](javascript:alert(1))\n\n<iframe src=\"https://evil.example\"></iframe>\n\n**vet**");

        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("<strong>vet</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AVideoLinkOnAnAllowedHostBecomesAPrivacyFriendlyEmbed()
    {
        var renderer = new MarkdownRenderer();

        var html = renderer.Render("Bekijk dit:\n\nhttps://www.youtube.com/watch?v=abcDEF12345\n\n[materiaal](https://samenspraak.example/bestand.pdf)");

        Assert.Contains("<iframe src=\"https://www.youtube-nocookie.com/embed/abcDEF12345\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://samenspraak.example/bestand.pdf\"", html, StringComparison.Ordinal);
        Assert.Null(MarkdownRenderer.EmbedFor("https://videos.example.org/watch?v=abcDEF12345"));
    }

    [Fact]
    public void CertificateCodesAreUniqueReadableAndNormaliseFromTypedInput()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => CertificateCode.New()).ToList();

        Assert.Equal(1000, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$", c));
        Assert.Equal(codes[0], CertificateCode.Normalise(" " + codes[0].Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant()));
    }
}
