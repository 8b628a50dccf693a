using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samenspraak.Web.Learning.Courses;

/// <summary>
/// The content of one course version, as written in Seed/courses/&lt;slug&gt;/course.json (see course.schema.json).
/// Stored whole as JSON on <see cref="Course"/>: a version is an immutable snapshot, so progress, attempts and
/// certificates of an old version keep pointing at exactly the content the learner saw.
/// </summary>
public sealed record CourseDefinition
{
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Audience { get; init; } = "";
    public string Language { get; init; } = "nl";
    public int Version { get; init; }
    public int EstimatedMinutes { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];
    public double PassMark { get; init; }
    public int MaxAttempts { get; init; }
    public bool ShuffleQuestions { get; init; }
    public IReadOnlyList<CourseModule> Modules { get; init; } = [];
    public QuizDefinition Quiz { get; init; } = new();
    public CertificateDefinition Certificate { get; init; } = new();
    public IReadOnlyList<CourseSource> Sources { get; init; } = [];

    public IEnumerable<CourseLesson> AllLessons => Modules.SelectMany(m => m.Lessons);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

public sealed record CourseModule
{
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public IReadOnlyList<CourseLesson> Lessons { get; init; } = [];
}

public sealed record CourseLesson
{
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public string File { get; init; } = "";
    public int Minutes { get; init; }

    /// <summary>The lesson text; filled in by the loader from <see cref="File"/>, or written in the authoring pages.</summary>
    public string? Markdown { get; init; }

    /// <summary>Video links (YouTube or Vimeo watch addresses) shown as embedded players below the text.</summary>
    public IReadOnlyList<string>? Videos { get; init; }

    /// <summary>Material to download: a link elsewhere (https) or a file uploaded to the platform (/leren/materiaal/{id}).</summary>
    public IReadOnlyList<LessonMaterial>? Materials { get; init; }
}

public sealed record LessonMaterial
{
    public string Title { get; init; } = "";
    public string Url { get; init; } = "";
}

public sealed record QuizDefinition
{
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public int QuestionsPerAttempt { get; init; }
    public IReadOnlyList<QuizQuestion> Questions { get; init; } = [];
}

public sealed record QuizQuestion
{
    public string Id { get; init; } = "";
    public string Type { get; init; } = "";
    public string Prompt { get; init; } = "";
    public string Feedback { get; init; } = "";
    public IReadOnlyList<QuizOption>? Options { get; init; }
    public IReadOnlyList<string>? AcceptedAnswers { get; init; }
}

public sealed record QuizOption
{
    public string Id { get; init; } = "";
    public string Text { get; init; } = "";
    public bool Correct { get; init; }
    public string Feedback { get; init; } = "";
}

public sealed record CertificateDefinition
{
    public string Title { get; init; } = "";
    public string Text { get; init; } = "";
}

public sealed record CourseSource
{
    public string Title { get; init; } = "";
    public string Url { get; init; } = "";
}

/// <summary>The question types of the quiz (the <c>type</c> field).</summary>
public static class QuestionTypes
{
    public const string Single = "single";
    public const string Multiple = "multiple";
    public const string TrueFalse = "truefalse";
    public const string Short = "short";
}
