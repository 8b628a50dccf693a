using System.Globalization;

namespace Samenspraak.Web.Learning.Courses;

/// <summary>Whether one question was answered fully correctly, and the feedback to show for it.</summary>
public sealed record QuestionResult(QuizQuestion Question, IReadOnlyList<string> Given, bool Correct);

/// <summary>The outcome of a submitted attempt.</summary>
public sealed record QuizScore(IReadOnlyList<QuestionResult> Questions, double Score, bool Passed)
{
    public int CorrectCount => Questions.Count(q => q.Correct);
}

/// <summary>
/// Scores quiz answers by the rules of Seed/README.md: a question counts only when answered fully correctly
/// (multiple choice: all correct options and no wrong one); short answers compare case-insensitively after trimming
/// and collapsing spaces. The score is the share of fully correct questions.
/// </summary>
public static class QuizScorer
{
    public static QuizScore Score(IReadOnlyList<QuizQuestion> questions, IReadOnlyDictionary<string, IReadOnlyList<string>> answers, double passMark)
    {
        var results = questions
            .Select(q =>
            {
                var given = answers.TryGetValue(q.Id, out var a) ? a : [];
                return new QuestionResult(q, given, IsCorrect(q, given));
            })
            .ToList();
        var score = results.Count == 0 ? 0 : (double)results.Count(r => r.Correct) / results.Count;
        // A tiny tolerance so 7 of 10 passes a 0.7 mark despite binary floating point.
        return new QuizScore(results, score, score + 1e-9 >= passMark);
    }

    public static bool IsCorrect(QuizQuestion question, IReadOnlyList<string> given)
    {
        if (question.Type == QuestionTypes.Short)
        {
            var answer = given.Count == 1 ? NormaliseShort(given[0]) : "";
            return answer.Length > 0 && (question.AcceptedAnswers ?? []).Any(a => NormaliseShort(a) == answer);
        }

        var correct = (question.Options ?? []).Where(o => o.Correct).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var chosen = given.ToHashSet(StringComparer.Ordinal);
        return correct.Count > 0 && chosen.SetEquals(correct);
    }

    /// <summary>Trim, collapse runs of white space to one space, lower-case (culture-independent).</summary>
    public static string NormaliseShort(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);
}
