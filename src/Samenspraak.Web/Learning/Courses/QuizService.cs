using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Learning.Courses;

/// <summary>Why a quiz cannot be started.</summary>
public enum QuizBlock
{
    None,
    AlreadyPassed,
    NoAttemptsLeft,
}

/// <summary>
/// The quiz rules: one open attempt at a time (resumed, never redrawn), at most <c>maxAttempts</c> submitted attempts,
/// questions drawn from the bank per attempt (shuffled when the course says so), and a certificate on passing.
/// </summary>
public sealed class QuizService(AppDbContext db, TimeProvider clock)
{
    public async Task<(QuizAttempt? Attempt, QuizBlock Block)> StartOrResumeAsync(Guid userId, Course course, CancellationToken ct)
    {
        var attempts = await db.Set<QuizAttempt>().Where(a => a.UserId == userId && a.CourseId == course.Id).ToListAsync(ct);
        var open = attempts.FirstOrDefault(a => a.SubmittedAt is null);
        if (open is not null)
        {
            return (open, QuizBlock.None);
        }

        if (attempts.Any(a => a.Passed))
        {
            return (null, QuizBlock.AlreadyPassed);
        }

        var definition = course.Definition();
        if (attempts.Count >= definition.MaxAttempts)
        {
            return (null, QuizBlock.NoAttemptsLeft);
        }

        var seed = Random.Shared.Next();
        var attempt = new QuizAttempt
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            CourseId = course.Id,
            Number = attempts.Count + 1,
            QuestionIds = string.Join(',', Draw(definition, new Random(seed)).Select(q => q.Id)),
            ShuffleSeed = seed,
            StartedAt = clock.GetUtcNow(),
        };
        db.Add(attempt);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same learner started the attempt in another tab at the same moment (unique user+course+number):
            // resume that one.
            db.Entry(attempt).State = EntityState.Detached;
            var other = await db.Set<QuizAttempt>().FirstOrDefaultAsync(a => a.UserId == userId && a.CourseId == course.Id && a.SubmittedAt == null, ct);
            return (other, other is null ? QuizBlock.NoAttemptsLeft : QuizBlock.None);
        }

        return (attempt, QuizBlock.None);
    }

    /// <summary>Draws <c>questionsPerAttempt</c> questions from the bank; kept in bank order unless shuffling is on.</summary>
    public static IReadOnlyList<QuizQuestion> Draw(CourseDefinition course, Random random)
    {
        var bank = course.Quiz.Questions.ToArray();
        var count = Math.Min(course.Quiz.QuestionsPerAttempt, bank.Length);
        var picked = bank.Select((q, i) => (q, i)).OrderBy(_ => random.Next()).Take(count).ToList();
        return (course.ShuffleQuestions ? picked : picked.OrderBy(p => p.i).ToList()).Select(p => p.q).ToList();
    }

    /// <summary>The attempt's questions in display order, options shuffled per attempt (true/false keeps its order).</summary>
    public static IReadOnlyList<QuizQuestion> QuestionsOf(QuizAttempt attempt, CourseDefinition course)
    {
        var byId = course.Quiz.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        return attempt.Questions.Where(byId.ContainsKey).Select(id =>
        {
            var q = byId[id];
            if (!course.ShuffleQuestions || q.Options is null || q.Type == QuestionTypes.TrueFalse)
            {
                return q;
            }

            var random = new Random(attempt.ShuffleSeed ^ StableHash(id));
            return q with { Options = q.Options.OrderBy(_ => random.Next()).ToList() };
        }).ToList();
    }

    /// <summary>
    /// Scores and closes the attempt; on passing issues the certificate (once per course version). Submitting an
    /// already submitted attempt changes nothing and returns its stored result.
    /// </summary>
    public async Task<(QuizScore Score, Certificate? Certificate)> SubmitAsync(
        QuizAttempt attempt, Course course, IReadOnlyDictionary<string, IReadOnlyList<string>> answers, CertificateHolder holder, CancellationToken ct)
    {
        var definition = course.Definition();
        var questions = QuestionsOf(attempt, definition);
        if (attempt.SubmittedAt is not null)
        {
            var stored = JsonSerializer.Deserialize<Dictionary<string, IReadOnlyList<string>>>(attempt.AnswersJson ?? "{}") ?? [];
            var existing = await db.Set<Certificate>().FirstOrDefaultAsync(c => c.UserId == attempt.UserId && c.CourseId == course.Id, ct);
            return (QuizScorer.Score(questions, stored, definition.PassMark), existing);
        }

        var score = QuizScorer.Score(questions, answers, definition.PassMark);
        var now = clock.GetUtcNow();
        attempt.SubmittedAt = now;
        attempt.AnswersJson = JsonSerializer.Serialize(answers);
        attempt.Score = score.Score;
        attempt.Passed = score.Passed;

        Certificate? certificate = null;
        if (score.Passed)
        {
            certificate = new Certificate
            {
                Id = Guid.NewGuid(),
                Code = CertificateCode.New(),
                UserId = attempt.UserId,
                CourseId = course.Id,
                MunicipalityId = holder.MunicipalityId,
                IsProfessional = holder.IsProfessional,
                HolderName = holder.Name,
                CourseTitle = course.Title,
                CourseVersion = course.Version,
                Score = score.Score,
                IssuedAt = now,
            };
            db.Add(certificate);
        }

        await db.SaveChangesAsync(ct);
        return (score, certificate);
    }

    private static int StableHash(string text)
    {
        // string.GetHashCode differs per process; the option order must survive a restart.
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}

/// <summary>Who receives a certificate: copied onto it at issue time.</summary>
public sealed record CertificateHolder(string Name, Guid? MunicipalityId, bool IsProfessional);
