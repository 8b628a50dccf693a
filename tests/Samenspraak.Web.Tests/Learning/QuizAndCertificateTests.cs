using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Courses;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>Quiz attempt rules, certificates and their public verification, and course versioning, on a real database.</summary>
public abstract class QuizAndCertificateTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private async Task<Course> CourseAsync(string slug)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Course>().AsNoTracking().SingleAsync(c => c.Slug == slug && c.IsCurrent);
    }

    [Fact]
    public async Task AnOpenAttemptIsResumedAndNoAttemptStartsAfterTheLimit()
    {
        var user = await LearningTestUsers.CreateAsync(app, Roles.Citizen);
        var course = await CourseAsync(LearningWorldSeeder.PublicCourse);
        var maxAttempts = course.Definition().MaxAttempts;

        for (var i = 1; i <= maxAttempts; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var quiz = scope.ServiceProvider.GetRequiredService<QuizService>();
            var (attempt, block) = await quiz.StartOrResumeAsync(user.Id, course, CancellationToken.None);
            var (again, _) = await quiz.StartOrResumeAsync(user.Id, course, CancellationToken.None);
            Assert.Equal(QuizBlock.None, block);
            Assert.Equal(attempt!.Id, again!.Id);
            Assert.Equal(i, attempt.Number);
            Assert.Equal(course.Definition().Quiz.QuestionsPerAttempt, attempt.Questions.Count);

            var (score, certificate) = await quiz.SubmitAsync(attempt, course, LearningData.WrongAnswers(attempt, course),
                new CertificateHolder(user.DisplayName, user.MunicipalityId, false), CancellationToken.None);
            Assert.False(score.Passed);
            Assert.Null(certificate);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (attempt, block) = await scope.ServiceProvider.GetRequiredService<QuizService>().StartOrResumeAsync(user.Id, course, CancellationToken.None);
            Assert.Null(attempt);
            Assert.Equal(QuizBlock.NoAttemptsLeft, block);
        }

        var client = await LearningTestUsers.LogInAsync(app, user);
        var html = await PageForm.HtmlAsync(client, $"/leren/cursus/{course.Slug}/toets");
        Assert.Contains("id=\"geen-pogingen\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PassingIssuesOneCertificateThatAnyoneCanVerifyButOnlyTheHolderOpens()
    {
        var user = await LearningTestUsers.CreateAsync(app, Roles.Staff);
        var course = await CourseAsync(LearningWorldSeeder.ProfessionalCourse);
        Certificate certificate;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var quiz = scope.ServiceProvider.GetRequiredService<QuizService>();
            var (attempt, _) = await quiz.StartOrResumeAsync(user.Id, course, CancellationToken.None);
            var (score, issued) = await quiz.SubmitAsync(attempt!, course, LearningData.CorrectAnswers(attempt!, course),
                new CertificateHolder(user.DisplayName, user.MunicipalityId, IsProfessional: true), CancellationToken.None);
            Assert.True(score.Passed);
            Assert.Equal(1.0, score.Score);
            certificate = issued!;

            // Submitting the same attempt again changes nothing, and no new attempt can start after passing.
            var (_, same) = await quiz.SubmitAsync(attempt!, course, LearningData.WrongAnswers(attempt!, course),
                new CertificateHolder(user.DisplayName, user.MunicipalityId, true), CancellationToken.None);
            Assert.Equal(certificate.Code, same!.Code);
            Assert.Equal(QuizBlock.AlreadyPassed, (await quiz.StartOrResumeAsync(user.Id, course, CancellationToken.None)).Block);
        }

        var anonymous = app.Factory.CreateBrowserClient();
        var typed = certificate.Code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        var valid = PageForm.Text(await PageForm.HtmlAsync(anonymous, $"/certificaat-controleren?code={typed}"));
        Assert.Contains("class=\"card geldig\"", valid, StringComparison.Ordinal);
        Assert.Contains(user.DisplayName, valid, StringComparison.Ordinal);
        Assert.Contains(course.Title, valid, StringComparison.Ordinal);
        var invalid = await PageForm.HtmlAsync(anonymous, "/certificaat-controleren?code=AAAA-BBBB-CCCC");
        Assert.Contains("class=\"card ongeldig\"", invalid, StringComparison.Ordinal);

        var holder = await LearningTestUsers.LogInAsync(app, user);
        var page = PageForm.Text(await PageForm.HtmlAsync(holder, $"/leren/certificaten/{certificate.Code}"));
        Assert.Contains(certificate.Code, page, StringComparison.Ordinal);
        Assert.Contains(course.Definition().Certificate.Text, page, StringComparison.Ordinal);

        var document = await holder.GetAsync($"/leren/certificaten/{certificate.Code}/document");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await document.Content.ReadAsByteArrayAsync()), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains(certificate.Code, text, StringComparison.Ordinal);
            Assert.Contains(user.DisplayName, text, StringComparison.Ordinal);
        }

        var someoneElse = await app.ClientAsync(Principal.MunicipalityAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await someoneElse.GetAsync($"/leren/certificaten/{certificate.Code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await someoneElse.GetAsync($"/leren/certificaten/{certificate.Code}/document")).StatusCode);
    }

    [Fact]
    public async Task ProfessionalCoursesAreHiddenFromCitizensAndAnonymousVisitors()
    {
        var citizen = await app.ClientAsync(Principal.Citizen);
        var anonymous = app.Factory.CreateBrowserClient();

        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/leren/cursus/{LearningWorldSeeder.ProfessionalCourse}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/leren/cursus/{LearningWorldSeeder.ProfessionalCourse}/toets")).StatusCode);
        Assert.DoesNotContain(LearningWorldSeeder.ProfessionalCourse, await PageForm.HtmlAsync(anonymous, "/leren"), StringComparison.Ordinal);
        Assert.Contains(LearningWorldSeeder.ProfessionalCourse, await PageForm.HtmlAsync(await app.ClientAsync(Principal.Staff), "/leren"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHigherVersionBecomesCurrentWhileTheOldVersionKeepsItsCertificates()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var seeder = ActivatorUtilities.CreateInstance<CourseSeeder>(scope.ServiceProvider);
        var (shipped, _) = await CourseSeeder.ReadAsync(Path.Combine(CourseSeeder.DefaultFolder, LearningWorldSeeder.PublicCourse), CancellationToken.None);
        var slug = $"versie-test-{Guid.NewGuid():N}"[..24];
        var v1 = shipped! with { Slug = slug, Version = 1 };

        Assert.True(await seeder.PublishAsync(v1, CancellationToken.None));
        Assert.False(await seeder.PublishAsync(v1, CancellationToken.None));
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var first = await db.Set<Course>().AsNoTracking().SingleAsync(c => c.Slug == slug);
        var user = await LearningTestUsers.CreateAsync(app, Roles.Citizen);
        var quiz = scope.ServiceProvider.GetRequiredService<QuizService>();
        var (attempt, _) = await quiz.StartOrResumeAsync(user.Id, first, CancellationToken.None);
        await quiz.SubmitAsync(attempt!, first, LearningData.CorrectAnswers(attempt!, first), new CertificateHolder("X", null, false), CancellationToken.None);

        Assert.True(await seeder.PublishAsync(v1 with { Version = 2, Title = "Nieuwe titel" }, CancellationToken.None));

        var versions = await db.Set<Course>().AsNoTracking().Where(c => c.Slug == slug).OrderBy(c => c.Version).ToListAsync();
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal([false, true], versions.Select(v => v.IsCurrent));
        var certificate = await db.Set<Certificate>().AsNoTracking().SingleAsync(c => c.UserId == user.Id);
        Assert.Equal(first.Id, certificate.CourseId);
        Assert.Equal(1, certificate.CourseVersion);
    }
}

public sealed class SqliteQuizAndCertificateTests(SqliteAppFixture app) : QuizAndCertificateTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresQuizAndCertificateTests(PostgresAppFixture app) : QuizAndCertificateTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
