using Samenspraak.Web.Learning.Courses;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>
/// Shuffling per attempt: question and option order differ between attempts, stay the same for one attempt (a reload
/// shows the same quiz), never lose or repeat an option, and true/false keeps its natural order.
/// </summary>
public sealed class QuizShuffleTests
{
    private static QuizOption Option(string id, bool correct) => new() { Id = id, Text = id, Correct = correct };

    private static readonly QuizQuestion Choice = new()
    {
        Id = "q01", Type = QuestionTypes.Single, Prompt = "?", Feedback = "f",
        Options = [Option("a", false), Option("b", true), Option("c", false), Option("d", false), Option("e", false)],
    };

    private static readonly QuizQuestion TrueFalse = new()
    {
        Id = "q02", Type = QuestionTypes.TrueFalse, Prompt = "?", Feedback = "f",
        Options = [Option("waar", false), Option("niet-waar", true)],
    };

    private static CourseDefinition Course(bool shuffle) => new()
    {
        ShuffleQuestions = shuffle,
        Quiz = new QuizDefinition
        {
            QuestionsPerAttempt = 5,
            Questions = [Choice, TrueFalse, .. Enumerable.Range(3, 6).Select(i => Choice with { Id = $"q{i:00}" })],
        },
    };

    private static QuizAttempt Attempt(CourseDefinition course, int seed) => new()
    {
        QuestionIds = string.Join(',', QuizService.Draw(course, new Random(seed)).Select(q => q.Id)),
        ShuffleSeed = seed,
    };

    private static string OptionOrder(QuizAttempt attempt, CourseDefinition course, string questionId) =>
        string.Concat(QuizService.QuestionsOf(attempt, course).Single(q => q.Id == questionId).Options!.Select(o => o.Id));

    [Fact]
    public void ShuffledAttemptsDifferButOneAttemptAlwaysShowsTheSameOrder()
    {
        var course = Course(shuffle: true);
        var attempts = Enumerable.Range(0, 30).Select(seed => Attempt(course, seed)).ToList();

        // Question order varies between attempts, and is not always the bank's order.
        Assert.True(attempts.Select(a => a.QuestionIds).Distinct().Count() > 5);
        Assert.Contains(attempts, a => !a.Questions.SequenceEqual(a.Questions.Order(StringComparer.Ordinal)));

        // Options of one question: a permutation, different across attempts, identical on every reload.
        var withChoice = attempts.Where(a => a.Questions.Contains("q01")).ToList();
        Assert.NotEmpty(withChoice);
        foreach (var attempt in withChoice)
        {
            var order = OptionOrder(attempt, course, "q01");
            Assert.Equal("abcde", string.Concat(order.Order()));
            Assert.Equal(order, OptionOrder(Attempt(course, attempt.ShuffleSeed), course, "q01"));
        }

        Assert.True(withChoice.Select(a => OptionOrder(a, course, "q01")).Distinct().Count() > 1);

        // True/false keeps "waar" before "niet waar".
        foreach (var attempt in attempts.Where(a => a.Questions.Contains("q02")))
        {
            Assert.Equal("waarniet-waar", OptionOrder(attempt, course, "q02"));
        }
    }

    [Fact]
    public void WithoutShufflingOptionsKeepTheirOrder()
    {
        var course = Course(shuffle: false);
        var withChoice = Enumerable.Range(0, 20).Select(seed => Attempt(course, seed)).Where(a => a.Questions.Contains("q01")).ToList();
        Assert.NotEmpty(withChoice);
        foreach (var attempt in withChoice)
        {
            Assert.Equal("abcde", OptionOrder(attempt, course, "q01"));
        }
    }
}
