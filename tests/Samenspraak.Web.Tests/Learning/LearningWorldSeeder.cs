using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Agenda;
using Samenspraak.Web.Learning.Authoring;
using Samenspraak.Web.Learning.Courses;
using Samenspraak.Web.Learning.RoleModels;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>
/// The Learning module's part of the test world: a public event organised by the Expert, a role model of the home
/// municipality, and a certificate of the citizen on the public starter course (earned through the quiz service).
/// </summary>
internal sealed class LearningWorldSeeder : IWorldSeeder
{
    public const string PublicCourse = "omstaander-online";
    public const string ProfessionalCourse = "polarisatie-basis";
    public const string DraftCourse = "matrix-concept";

    public async Task SeedAsync(IServiceProvider services, TestWorld world)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTimeOffset.UtcNow;

        var agendaEvent = LearningData.Event("Webinar omstaanders", capacity: 50, isPublic: true, organiser: world[Principal.Expert].Id, now);
        var roleModel = new RoleModel
        {
            Id = Guid.NewGuid(),
            MunicipalityId = world.Home.Id,
            Name = "Rolmodel Testpersoon",
            Email = "rolmodel@test.samenspraak.local",
            Motivation = "Ik wil jongeren tonen dat het anders kan.",
            ConsentGiven = true,
            ConsentAt = now,
            AppliedAt = now,
        };
        db.AddRange(agendaEvent, roleModel);
        await db.SaveChangesAsync();

        var course = await db.Set<Course>().SingleAsync(c => c.Slug == PublicCourse && c.IsCurrent);
        var quiz = scope.ServiceProvider.GetRequiredService<QuizService>();
        var citizen = world[Principal.Citizen];
        var (attempt, _) = await quiz.StartOrResumeAsync(citizen.Id, course, CancellationToken.None);
        var (_, certificate) = await quiz.SubmitAsync(attempt!, course, LearningData.CorrectAnswers(attempt!, course),
            new CertificateHolder(citizen.DisplayName, citizen.MunicipalityId, IsProfessional: false), CancellationToken.None);

        // A draft course with one module, lesson and question (the authoring pages' rows), and a material file of
        // the public course (downloadable by anyone logged in, because anyone logged in may take that course).
        var authoring = scope.ServiceProvider.GetRequiredService<CourseAuthoring>();
        var definition = CourseDraftEdits.NewCourse(DraftCourse, "Conceptcursus", CourseAudiences.Professional, "Nog niet gepubliceerd.", "Eindtoets");
        (definition, var moduleSlug) = CourseDraftEdits.AddModule(definition, "Eerste module");
        (definition, var lessonSlug) = CourseDraftEdits.AddLesson(definition, moduleSlug, "Eerste les");
        (definition, var questionId) = CourseDraftEdits.AddQuestion(definition, QuestionTypes.Short, "Juist", "Fout");
        await authoring.CreateAsync(definition, CancellationToken.None);
        using var file = new MemoryStream("Werkblad omstaanders"u8.ToArray());
        var (material, _) = await authoring.UploadAsync(PublicCourse, "werkblad.txt", file.Length, file, CancellationToken.None);

        world.AddResource("learning.draft-lesson", lessonSlug!);
        world.AddResource("learning.draft-question", questionId!);
        world.AddResource("learning.public-material", material!.Id.ToString());
        world.AddResource("learning.public-event", agendaEvent.Id.ToString());
        world.AddResource("learning.home-rolemodel", roleModel.Id.ToString());
        world.AddResource("learning.citizen-certificate", certificate!.Code);
    }
}

/// <summary>Helpers to build Learning data in tests.</summary>
internal static class LearningData
{
    public static AgendaEvent Event(string title, int capacity, bool isPublic, Guid? organiser, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        Title = title,
        Type = EventType.Webinar,
        Description = "Een online sessie; vragen mogen, ook kritische.",
        StartsAt = now.AddDays(10),
        EndsAt = now.AddDays(10).AddHours(2),
        Capacity = capacity,
        IsPublic = isPublic,
        RegistrationQuestion = "Wat wil je leren?",
        OrganiserId = organiser,
        OnlineUrl = "https://meet.example.org/omstaanders",
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>The fully correct answers to the attempt's questions.</summary>
    public static Dictionary<string, IReadOnlyList<string>> CorrectAnswers(QuizAttempt attempt, Course course) =>
        QuizService.QuestionsOf(attempt, course.Definition()).ToDictionary(q => q.Id, q => q.Type == QuestionTypes.Short
            ? (IReadOnlyList<string>)[q.AcceptedAnswers![0]]
            : q.Options!.Where(o => o.Correct).Select(o => o.Id).ToList());

    /// <summary>Answers that are all wrong.</summary>
    public static Dictionary<string, IReadOnlyList<string>> WrongAnswers(QuizAttempt attempt, Course course) =>
        QuizService.QuestionsOf(attempt, course.Definition()).ToDictionary(q => q.Id, q => q.Type == QuestionTypes.Short
            ? (IReadOnlyList<string>)["zeker-fout"]
            : [q.Options!.First(o => !o.Correct).Id]);
}
