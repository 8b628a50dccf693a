using Samenspraak.Web.Learning.Courses;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>Scoring rules of Seed/README.md: only fully correct answers count; short answers are normalised.</summary>
public sealed class QuizScorerTests
{
    private static QuizOption Option(string id, bool correct) => new() { Id = id, Text = id, Correct = correct, Feedback = "uitleg" };

    private static readonly QuizQuestion Single = new()
    {
        Id = "q01", Type = QuestionTypes.Single, Prompt = "?", Feedback = "f",
        Options = [Option("a", false), Option("b", true), Option("c", false)],
    };

    private static readonly QuizQuestion Multiple = new()
    {
        Id = "q02", Type = QuestionTypes.Multiple, Prompt = "?", Feedback = "f",
        Options = [Option("a", true), Option("b", true), Option("c", false), Option("d", false)],
    };

    private static readonly QuizQuestion TrueFalse = new()
    {
        Id = "q03", Type = QuestionTypes.TrueFalse, Prompt = "?", Feedback = "f",
        Options = [Option("waar", false), Option("onwaar", true)],
    };

    private static readonly QuizQuestion Short = new()
    {
        Id = "q04", Type = QuestionTypes.Short, Prompt = "?", Feedback = "f", AcceptedAnswers = ["25000", "25.000 euro"],
    };

    [Theory]
    [InlineData(new[] { "b" }, true)]
    [InlineData(new[] { "a" }, false)]
    [InlineData(new[] { "a", "b" }, false)]
    [InlineData(new string[0], false)]
    public void SingleChoiceNeedsExactlyTheCorrectOption(string[] given, bool correct) =>
        Assert.Equal(correct, QuizScorer.IsCorrect(Single, given));

    [Theory]
    [InlineData(new[] { "a", "b" }, true)]
    [InlineData(new[] { "b", "a" }, true)]
    [InlineData(new[] { "a" }, false)]
    [InlineData(new[] { "a", "b", "c" }, false)]
    public void MultipleChoiceCountsOnlyWhenAllCorrectAndNoWrongOptionsAreChosen(string[] given, bool correct) =>
        Assert.Equal(correct, QuizScorer.IsCorrect(Multiple, given));

    [Theory]
    [InlineData("25000", true)]
    [InlineData("  25.000   EURO ", true)]
    [InlineData("25 000", false)]
    [InlineData("", false)]
    public void ShortAnswersIgnoreCaseAndSurroundingOrRepeatedSpaces(string given, bool correct) =>
        Assert.Equal(correct, QuizScorer.IsCorrect(Short, [given]));

    [Fact]
    public void ScoreIsTheShareOfFullyCorrectQuestionsAgainstThePassMark()
    {
        var questions = new[] { Single, Multiple, TrueFalse, Short };
        var answers = new Dictionary<string, IReadOnlyList<string>>
        {
            ["q01"] = ["b"],
            ["q02"] = ["a", "b"],
            ["q03"] = ["onwaar"],
            ["q04"] = ["fout"],
        };

        var passed = QuizScorer.Score(questions, answers, passMark: 0.75);
        var failed = QuizScorer.Score(questions, answers, passMark: 0.8);

        Assert.Equal(0.75, passed.Score, 6);
        Assert.Equal(3, passed.CorrectCount);
        Assert.True(passed.Passed);
        Assert.False(failed.Passed);
        Assert.False(passed.Questions.Single(q => q.Question.Id == "q04").Correct);
    }

    [Fact]
    public void SevenOutOfTenPassesASeventyPercentMark()
    {
        var questions = Enumerable.Range(1, 10).Select(i => Single with { Id = $"q{i:00}" }).ToList();
        var answers = questions.Select((q, i) => (q.Id, Given: (IReadOnlyList<string>)[i < 7 ? "b" : "a"]))
            .ToDictionary(x => x.Id, x => x.Given);

        Assert.True(QuizScorer.Score(questions, answers, 0.7).Passed);
    }

    [Fact]
    public void DrawTakesQuestionsPerAttemptDistinctQuestionsFromTheBank()
    {
        var bank = Enumerable.Range(1, 16).Select(i => Single with { Id = $"q{i:00}" }).ToList();
        var course = new CourseDefinition { ShuffleQuestions = false, Quiz = new QuizDefinition { QuestionsPerAttempt = 10, Questions = bank } };

        var drawn = QuizService.Draw(course, new Random(3));

        Assert.Equal(10, drawn.Select(q => q.Id).Distinct().Count());
        // Without shuffling the drawn questions keep the bank's order.
        Assert.Equal(drawn.Select(q => q.Id).Order(StringComparer.Ordinal), drawn.Select(q => q.Id));
        var draws = Enumerable.Range(0, 20).Select(seed => string.Join(',', QuizService.Draw(course, new Random(seed)).Select(q => q.Id))).ToHashSet();
        Assert.True(draws.Count > 1, "different attempts draw different questions");
    }
}
