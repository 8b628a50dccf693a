using System.Globalization;
using System.Text;
using Samenspraak.Web.Learning.Courses;

namespace Samenspraak.Web.Learning.Authoring;

/// <summary>
/// The edits an author makes to a draft, as pure functions on the immutable <see cref="CourseDefinition"/>. Slugs and
/// question ids are made once and never change on renaming: learners' progress of the published version refers to
/// lesson slugs, and a lesson kept in the next version keeps its identity.
/// </summary>
public static class CourseDraftEdits
{
    public const int MaxOptions = 6;

    public static CourseDefinition NewCourse(string slug, string title, string audience, string summary, string quizTitle) => new()
    {
        Slug = slug,
        Title = title,
        Summary = summary,
        Audience = audience,
        Language = "nl",
        PassMark = 0.7,
        MaxAttempts = 3,
        ShuffleQuestions = true,
        Quiz = new QuizDefinition { Slug = "eindtoets", Title = quizTitle, QuestionsPerAttempt = 1 },
        Certificate = new CertificateDefinition { Title = title },
    };

    public static CourseDefinition WithDetails(CourseDefinition course, string title, string audience, string summary, string certificateText) => course with
    {
        Title = title,
        Audience = audience,
        Summary = summary,
        Certificate = course.Certificate with { Title = title, Text = certificateText },
    };

    public static CourseDefinition WithQuizSettings(CourseDefinition course, string quizTitle, int passMarkPercent, int maxAttempts, int questionsPerAttempt, bool shuffle) => course with
    {
        PassMark = passMarkPercent / 100.0,
        MaxAttempts = maxAttempts,
        ShuffleQuestions = shuffle,
        Quiz = course.Quiz with { Title = quizTitle, QuestionsPerAttempt = questionsPerAttempt },
    };

    public static (CourseDefinition Course, string Slug) AddModule(CourseDefinition course, string title)
    {
        var slug = UniqueSlug(title, course.Modules.Select(m => m.Slug), "module");
        return (course with { Modules = [.. course.Modules, new CourseModule { Slug = slug, Title = title }] }, slug);
    }

    public static CourseDefinition RenameModule(CourseDefinition course, string moduleSlug, string title) =>
        course with { Modules = course.Modules.Select(m => m.Slug == moduleSlug ? m with { Title = title } : m).ToList() };

    public static CourseDefinition MoveModule(CourseDefinition course, string moduleSlug, int delta) =>
        course with { Modules = Move(course.Modules, course.Modules.ToList().FindIndex(m => m.Slug == moduleSlug), delta) };

    public static CourseDefinition RemoveModule(CourseDefinition course, string moduleSlug) =>
        course with { Modules = course.Modules.Where(m => m.Slug != moduleSlug).ToList() };

    public static (CourseDefinition Course, string? Slug) AddLesson(CourseDefinition course, string moduleSlug, string title)
    {
        if (course.Modules.All(m => m.Slug != moduleSlug))
        {
            return (course, null);
        }

        var slug = UniqueSlug(title, course.AllLessons.Select(l => l.Slug), "les");
        var lesson = new CourseLesson { Slug = slug, Title = title, Minutes = 10, Markdown = "" };
        return (course with
        {
            Modules = course.Modules.Select(m => m.Slug == moduleSlug ? m with { Lessons = [.. m.Lessons, lesson] } : m).ToList(),
        }, slug);
    }

    public static CourseLesson? FindLesson(CourseDefinition course, string lessonSlug) =>
        course.AllLessons.FirstOrDefault(l => l.Slug == lessonSlug);

    public static CourseDefinition UpdateLesson(CourseDefinition course, string lessonSlug, Func<CourseLesson, CourseLesson> change) => course with
    {
        Modules = course.Modules.Select(m => m with { Lessons = m.Lessons.Select(l => l.Slug == lessonSlug ? change(l) with { Slug = l.Slug } : l).ToList() }).ToList(),
    };

    /// <summary>Moves a lesson within its module; past the first or last place it moves into the previous or next module.</summary>
    public static CourseDefinition MoveLesson(CourseDefinition course, string lessonSlug, int delta)
    {
        var modules = course.Modules.Select(m => m.Lessons.ToList()).ToList();
        var moduleIndex = modules.FindIndex(l => l.Any(x => x.Slug == lessonSlug));
        if (moduleIndex < 0)
        {
            return course;
        }

        var lessons = modules[moduleIndex];
        var index = lessons.FindIndex(l => l.Slug == lessonSlug);
        var target = index + delta;
        if (target >= 0 && target < lessons.Count)
        {
            (lessons[index], lessons[target]) = (lessons[target], lessons[index]);
        }
        else if (moduleIndex + Math.Sign(delta) is var other && other >= 0 && other < modules.Count)
        {
            var lesson = lessons[index];
            lessons.RemoveAt(index);
            if (delta < 0)
            {
                modules[other].Add(lesson);
            }
            else
            {
                modules[other].Insert(0, lesson);
            }
        }

        return course with { Modules = course.Modules.Select((m, i) => m with { Lessons = modules[i] }).ToList() };
    }

    public static CourseDefinition RemoveLesson(CourseDefinition course, string lessonSlug) => course with
    {
        Modules = course.Modules.Select(m => m with { Lessons = m.Lessons.Where(l => l.Slug != lessonSlug).ToList() }).ToList(),
    };

    /// <summary>Adds an empty question of the given type; true/false gets its two statements ready.</summary>
    public static (CourseDefinition Course, string? Id) AddQuestion(CourseDefinition course, string type, string trueText, string falseText)
    {
        if (type is not (QuestionTypes.Single or QuestionTypes.Multiple or QuestionTypes.TrueFalse or QuestionTypes.Short))
        {
            return (course, null);
        }

        var number = 1;
        var ids = course.Quiz.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        while (ids.Contains(QuestionId(number)))
        {
            number++;
        }

        var question = new QuizQuestion
        {
            Id = QuestionId(number),
            Type = type,
            Options = type switch
            {
                QuestionTypes.TrueFalse => [new QuizOption { Id = "waar", Text = trueText, Correct = true }, new QuizOption { Id = "niet-waar", Text = falseText }],
                QuestionTypes.Short => null,
                _ => [],
            },
            AcceptedAnswers = type == QuestionTypes.Short ? [] : null,
        };
        return (course with { Quiz = course.Quiz with { Questions = [.. course.Quiz.Questions, question] } }, question.Id);
    }

    public static CourseDefinition UpdateQuestion(CourseDefinition course, QuizQuestion question) => course with
    {
        Quiz = course.Quiz with { Questions = course.Quiz.Questions.Select(q => q.Id == question.Id ? question with { Type = q.Type } : q).ToList() },
    };

    public static CourseDefinition MoveQuestion(CourseDefinition course, string id, int delta) => course with
    {
        Quiz = course.Quiz with { Questions = Move(course.Quiz.Questions, course.Quiz.Questions.ToList().FindIndex(q => q.Id == id), delta) },
    };

    public static CourseDefinition RemoveQuestion(CourseDefinition course, string id) => course with
    {
        Quiz = course.Quiz with { Questions = course.Quiz.Questions.Where(q => q.Id != id).ToList() },
    };

    /// <summary>Before publishing: the estimated duration is the sum of the lessons.</summary>
    public static CourseDefinition ForPublication(CourseDefinition course, int version) => course with
    {
        Version = version,
        EstimatedMinutes = Math.Max(1, course.AllLessons.Sum(l => l.Minutes)),
    };

    /// <summary>Lower-case letters, digits and dashes, accents folded ("Eerste hulp bij haat" → "eerste-hulp-bij-haat").</summary>
    public static string Slugify(string text, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            if (builder.Length >= 60)
            {
                break;
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? fallback : slug;
    }

    private static string UniqueSlug(string title, IEnumerable<string> taken, string fallback)
    {
        var existing = taken.ToHashSet(StringComparer.Ordinal);
        var slug = Slugify(title, fallback);
        var candidate = slug;
        for (var n = 2; existing.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return candidate;
    }

    private static string QuestionId(int number) => "q" + number.ToString("00", CultureInfo.InvariantCulture);

    private static List<T> Move<T>(IReadOnlyList<T> items, int index, int delta)
    {
        var list = items.ToList();
        var target = index + delta;
        if (index >= 0 && target >= 0 && target < list.Count)
        {
            (list[index], list[target]) = (list[target], list[index]);
        }

        return list;
    }
}
