using Samenspraak.Web.Learning.Authoring;
using Samenspraak.Web.Learning.Courses;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>The pure edits behind the authoring pages: stable slugs, reordering, question templates.</summary>
public sealed class CourseDraftEditsTests
{
    private static CourseDefinition TwoModules()
    {
        var course = CourseDraftEdits.NewCourse("proef", "Proef", CourseAudiences.Public, "s", "Eindtoets");
        (course, var first) = CourseDraftEdits.AddModule(course, "Herkennen");
        (course, var second) = CourseDraftEdits.AddModule(course, "Reageren");
        (course, _) = CourseDraftEdits.AddLesson(course, first, "Wat is haat?");
        (course, _) = CourseDraftEdits.AddLesson(course, first, "Wat is haat?");
        (course, _) = CourseDraftEdits.AddLesson(course, second, "Rustig blijven");
        return course;
    }

    [Fact]
    public void SlugsFoldAccentsAndStayUniqueAcrossTheCourse()
    {
        Assert.Equal("een-ding-haat-hoop", CourseDraftEdits.Slugify("Één ding: haat & hoop!", "x"));
        Assert.Equal("les", CourseDraftEdits.Slugify("?!", "les"));

        var course = TwoModules();

        Assert.Equal(["wat-is-haat", "wat-is-haat-2", "rustig-blijven"], course.AllLessons.Select(l => l.Slug));
        Assert.Equal(["herkennen", "reageren"], course.Modules.Select(m => m.Slug));
    }

    [Fact]
    public void RenamingKeepsTheSlugAndLessonEditsCannotChangeIt()
    {
        var course = CourseDraftEdits.RenameModule(TwoModules(), "herkennen", "Haat herkennen");
        course = CourseDraftEdits.UpdateLesson(course, "wat-is-haat", l => l with { Slug = "iets-anders", Title = "Nieuwe titel", Markdown = "Tekst" });

        Assert.Equal("Haat herkennen", course.Modules[0].Title);
        Assert.Equal("herkennen", course.Modules[0].Slug);
        var lesson = CourseDraftEdits.FindLesson(course, "wat-is-haat");
        Assert.Equal(("Nieuwe titel", "Tekst"), (lesson!.Title, lesson.Markdown));
    }

    [Fact]
    public void LessonsMoveWithinTheirModuleAndAcrossItsEdges()
    {
        var course = CourseDraftEdits.MoveLesson(TwoModules(), "wat-is-haat-2", -1);
        Assert.Equal(["wat-is-haat-2", "wat-is-haat"], course.Modules[0].Lessons.Select(l => l.Slug));

        // The last lesson of the first module moved down becomes the first lesson of the second.
        course = CourseDraftEdits.MoveLesson(course, "wat-is-haat", 1);
        Assert.Equal(["wat-is-haat-2"], course.Modules[0].Lessons.Select(l => l.Slug));
        Assert.Equal(["wat-is-haat", "rustig-blijven"], course.Modules[1].Lessons.Select(l => l.Slug));

        // The first lesson of the first module cannot move up: nothing changes.
        Assert.Equal(course.AllLessons.Select(l => l.Slug), CourseDraftEdits.MoveLesson(course, "wat-is-haat-2", -1).AllLessons.Select(l => l.Slug));

        var modules = CourseDraftEdits.MoveModule(course, "reageren", -1);
        Assert.Equal(["reageren", "herkennen"], modules.Modules.Select(m => m.Slug));
    }

    [Fact]
    public void QuestionsGetTemplatesPerTypeAndFreeIds()
    {
        var course = TwoModules();
        (course, var single) = CourseDraftEdits.AddQuestion(course, QuestionTypes.Single, "Juist", "Fout");
        (course, var trueFalse) = CourseDraftEdits.AddQuestion(course, QuestionTypes.TrueFalse, "Juist", "Fout");
        (course, var shortAnswer) = CourseDraftEdits.AddQuestion(course, QuestionTypes.Short, "Juist", "Fout");
        var (unchanged, unknown) = CourseDraftEdits.AddQuestion(course, "essay", "Juist", "Fout");

        Assert.Equal(["q01", "q02", "q03"], [single, trueFalse, shortAnswer]);
        Assert.Null(unknown);
        Assert.Same(course, unchanged);
        var tf = course.Quiz.Questions[1];
        Assert.Equal(["Juist", "Fout"], tf.Options!.Select(o => o.Text));
        Assert.Equal([true, false], tf.Options!.Select(o => o.Correct));
        Assert.Null(course.Quiz.Questions[2].Options);

        course = CourseDraftEdits.MoveQuestion(CourseDraftEdits.MoveQuestion(course, "q03", -1), "q03", -1);
        Assert.Equal(["q03", "q01", "q02"], course.Quiz.Questions.Select(q => q.Id));
        course = CourseDraftEdits.UpdateQuestion(course, course.Quiz.Questions[0] with { Type = QuestionTypes.Single, Prompt = "Vraag?" });
        Assert.Equal((QuestionTypes.Short, "Vraag?"), (course.Quiz.Questions[0].Type, course.Quiz.Questions[0].Prompt));
        Assert.Equal(["q01", "q02"], CourseDraftEdits.RemoveQuestion(course, "q03").Quiz.Questions.Select(q => q.Id));
    }

    [Fact]
    public void PublicationChecksNameWhatIsMissing()
    {
        var course = CourseDraftEdits.ForPublication(CourseDraftEdits.NewCourse("proef", "Proef", CourseAudiences.Public, "s", "Eindtoets"), 1);

        var keys = CourseValidator.Problems(course).Select(p => p.Key).ToList();

        Assert.Contains("Structure", keys);
        Assert.Contains("Bank", keys);
        var withEmptyLesson = CourseDraftEdits.ForPublication(TwoModules(), 1);
        Assert.Contains(CourseValidator.Problems(withEmptyLesson), p => p.Key == "EmptyLesson" && p.Args[0] == "Wat is haat?");
    }
}
