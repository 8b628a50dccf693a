using System.Text.RegularExpressions;

namespace Samenspraak.Web.Learning.Courses;

/// <summary>
/// The rules of Seed/README.md that a JSON schema cannot express, for shipped courses and for courses written in the
/// authoring pages alike. A course that breaks one is not loaded or published; each problem carries an English
/// message (for the log) and a resource key with arguments (for the author, in Dutch: AuthoringText "Problem.*").
/// </summary>
public static partial class CourseValidator
{
    public static IReadOnlyList<string> Validate(CourseDefinition course) => Problems(course).Select(p => p.Message).ToList();

    public static IReadOnlyList<CourseProblem> Problems(CourseDefinition course)
    {
        var problems = new List<CourseProblem>();
        if (!Slug().IsMatch(course.Slug))
        {
            problems.Add(new("Slug", $"slug '{course.Slug}' is not lower-case letters, digits and dashes", course.Slug));
        }

        if (string.IsNullOrWhiteSpace(course.Title))
        {
            problems.Add(new("Title", "title is empty"));
        }

        if (course.Audience is not (CourseAudiences.Public or CourseAudiences.Professional))
        {
            problems.Add(new("Audience", $"audience '{course.Audience}' is neither public nor professional", course.Audience));
        }

        if (course.Version < 1 || course.MaxAttempts < 1 || course.PassMark is <= 0 or > 1)
        {
            problems.Add(new("Numbers", "version, maxAttempts or passMark out of range"));
        }

        if (course.Modules.Count == 0 || course.Modules.Any(m => m.Lessons.Count == 0))
        {
            problems.Add(new("Structure", "every course needs modules and every module lessons"));
        }

        if (course.AllLessons.Any(l => string.IsNullOrWhiteSpace(l.Markdown) && string.IsNullOrWhiteSpace(l.File)))
        {
            problems.Add(new("EmptyLesson", "every lesson needs a text", course.AllLessons.First(l => string.IsNullOrWhiteSpace(l.Markdown) && string.IsNullOrWhiteSpace(l.File)).Title));
        }

        Unique(problems, "module slug", course.Modules.Select(m => m.Slug));
        Unique(problems, "lesson slug", course.AllLessons.Select(l => l.Slug));
        Unique(problems, "question id", course.Quiz.Questions.Select(q => q.Id));
        if (course.Quiz.QuestionsPerAttempt < 1 || course.Quiz.Questions.Count <= course.Quiz.QuestionsPerAttempt)
        {
            problems.Add(new("Bank", "the question bank must hold more questions than questionsPerAttempt",
                course.Quiz.Questions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                course.Quiz.QuestionsPerAttempt.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        foreach (var question in course.Quiz.Questions)
        {
            var problem = QuestionProblem(question);
            if (problem is not null)
            {
                problems.Add(new($"Question.{problem.Value.Key}", $"question {question.Id}: {problem.Value.Message}", question.Prompt));
            }
        }

        return problems;
    }

    private static (string Key, string Message)? QuestionProblem(QuizQuestion q)
    {
        var options = q.Options ?? [];
        var correct = options.Count(o => o.Correct);
        (string Key, string Message)? typeProblem = q.Type switch
        {
            QuestionTypes.Single when options.Count < 3 || correct != 1 => ("Single", "single needs three options and exactly one correct"),
            QuestionTypes.Multiple when options.Count < 4 || correct < 2 => ("Multiple", "multiple needs four options and at least two correct"),
            QuestionTypes.TrueFalse when options.Count != 2 || correct != 1 => ("TrueFalse", "truefalse needs two options and one correct"),
            QuestionTypes.Short when q.AcceptedAnswers is not { Count: > 0 } || q.Options is not null => ("Short", "short needs acceptedAnswers and no options"),
            QuestionTypes.Single or QuestionTypes.Multiple or QuestionTypes.TrueFalse or QuestionTypes.Short => null,
            _ => ("Type", $"unknown type '{q.Type}'"),
        };
        return typeProblem ?? (string.IsNullOrWhiteSpace(q.Prompt) ? ("Prompt", "the question has no prompt") : null);
    }

    private static void Unique(List<CourseProblem> problems, string what, IEnumerable<string> values)
    {
        foreach (var duplicate in values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new("Duplicate", $"{what} '{duplicate.Key}' is not unique", duplicate.Key));
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}

/// <summary>One broken rule: <see cref="Key"/> names the Dutch text "Problem.{Key}" with <see cref="Args"/>.</summary>
public sealed record CourseProblem(string Key, string Message, params string[] Args);

/// <summary>Who may take a course (the <c>audience</c> field).</summary>
public static class CourseAudiences
{
    /// <summary>Anyone after a light registration (citizens too).</summary>
    public const string Public = "public";

    /// <summary>Logged-in professionals only.</summary>
    public const string Professional = "professional";
}
