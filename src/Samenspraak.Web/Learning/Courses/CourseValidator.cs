using System.Text.RegularExpressions;

namespace Samenspraak.Web.Learning.Courses;

/// <summary>
/// The rules of Seed/README.md that a JSON schema cannot express. A course that breaks one is not loaded; the
/// returned messages say why (for the log and for an author's upload).
/// </summary>
public static partial class CourseValidator
{
    public static IReadOnlyList<string> Validate(CourseDefinition course)
    {
        var errors = new List<string>();
        if (!Slug().IsMatch(course.Slug))
        {
            errors.Add($"slug '{course.Slug}' is not lower-case letters, digits and dashes");
        }

        if (string.IsNullOrWhiteSpace(course.Title))
        {
            errors.Add("title is empty");
        }

        if (course.Audience is not (CourseAudiences.Public or CourseAudiences.Professional))
        {
            errors.Add($"audience '{course.Audience}' is neither public nor professional");
        }

        if (course.Version < 1 || course.MaxAttempts < 1 || course.PassMark is <= 0 or > 1)
        {
            errors.Add("version, maxAttempts or passMark out of range");
        }

        if (course.Modules.Count == 0 || course.Modules.Any(m => m.Lessons.Count == 0))
        {
            errors.Add("every course needs modules and every module lessons");
        }

        Unique(errors, "module slug", course.Modules.Select(m => m.Slug));
        Unique(errors, "lesson slug", course.AllLessons.Select(l => l.Slug));
        Unique(errors, "question id", course.Quiz.Questions.Select(q => q.Id));
        if (course.Quiz.QuestionsPerAttempt < 1 || course.Quiz.Questions.Count <= course.Quiz.QuestionsPerAttempt)
        {
            errors.Add("the question bank must hold more questions than questionsPerAttempt");
        }

        foreach (var question in course.Quiz.Questions)
        {
            var problem = QuestionProblem(question);
            if (problem is not null)
            {
                errors.Add($"question {question.Id}: {problem}");
            }
        }

        return errors;
    }

    private static string? QuestionProblem(QuizQuestion q)
    {
        var options = q.Options ?? [];
        var correct = options.Count(o => o.Correct);
        return q.Type switch
        {
            QuestionTypes.Single when options.Count < 3 || correct != 1 => "single needs three options and exactly one correct",
            QuestionTypes.Multiple when options.Count < 4 || correct < 2 => "multiple needs four options and at least two correct",
            QuestionTypes.TrueFalse when options.Count != 2 || correct != 1 => "truefalse needs two options and one correct",
            QuestionTypes.Short when q.AcceptedAnswers is not { Count: > 0 } || q.Options is not null => "short needs acceptedAnswers and no options",
            QuestionTypes.Single or QuestionTypes.Multiple or QuestionTypes.TrueFalse or QuestionTypes.Short => null,
            _ => $"unknown type '{q.Type}'",
        };
    }

    private static void Unique(List<string> errors, string what, IEnumerable<string> values)
    {
        foreach (var duplicate in values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"{what} '{duplicate.Key}' is not unique");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}

/// <summary>Who may take a course (the <c>audience</c> field).</summary>
public static class CourseAudiences
{
    /// <summary>Anyone after a light registration (citizens too).</summary>
    public const string Public = "public";

    /// <summary>Logged-in professionals only.</summary>
    public const string Professional = "professional";
}
