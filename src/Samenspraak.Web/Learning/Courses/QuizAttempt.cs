using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samenspraak.Web.Learning.Courses;

/// <summary>
/// One attempt at a course's final quiz: the questions drawn (in the order shown), and once submitted the answers,
/// score and result. An open attempt (not submitted) is resumed instead of drawing a new one.
/// </summary>
public sealed class QuizAttempt
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid CourseId { get; set; }

    public int Number { get; set; }

    /// <summary>Question ids in display order, separated by commas; option order is shuffled per attempt too.</summary>
    public string QuestionIds { get; set; } = "";

    /// <summary>Seed of the option shuffle, so a reloaded page shows the same order.</summary>
    public int ShuffleSeed { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The submitted answers as JSON (question id → chosen option ids or typed text).</summary>
    public string? AnswersJson { get; set; }

    public double? Score { get; set; }

    public bool Passed { get; set; }

    public IReadOnlyList<string> Questions => QuestionIds.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

internal sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> builder)
    {
        builder.ToTable("LearningQuizAttempts");
        builder.Property(a => a.QuestionIds).HasMaxLength(2000);
        builder.HasIndex(a => new { a.UserId, a.CourseId, a.Number }).IsUnique();
        builder.HasOne<Course>().WithMany().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
