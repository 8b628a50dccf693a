using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Web.Community.Moderation;
using Samenspraak.Web.Community.Notifications;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Community.Support;

namespace Samenspraak.Web.Community.Shared;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.ToTable("CommunityPosts");
        builder.Property(p => p.Title).HasMaxLength(CommunityLimits.TitleLength);
        builder.Property(p => p.ThemeSlug).HasMaxLength(100);
        builder.Property(p => p.Body).HasMaxLength(CommunityLimits.BodyLength);
        builder.Property(p => p.AuthorName).HasMaxLength(100);
        builder.Property(p => p.ScreeningReason).HasMaxLength(4000);
        builder.Property(p => p.ModerationReason).HasMaxLength(1000);
        builder.HasIndex(p => new { p.Kind, p.Status, p.CreatedAt });
        builder.HasIndex(p => p.QuestionId);
        builder.HasIndex(p => p.ThemeSlug);
    }
}

internal sealed class PostVoteConfiguration : IEntityTypeConfiguration<PostVote>
{
    public void Configure(EntityTypeBuilder<PostVote> builder)
    {
        builder.ToTable("CommunityVotes");
        builder.HasKey(v => new { v.PostId, v.UserId });
        builder.HasOne<Post>().WithMany().HasForeignKey(v => v.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> builder)
    {
        builder.ToTable("CommunityFollows");
        builder.Property(f => f.ThemeSlug).HasMaxLength(100);
        builder.HasIndex(f => new { f.UserId, f.ThemeSlug, f.QuestionId }).IsUnique();
        builder.HasIndex(f => f.ThemeSlug);
        builder.HasIndex(f => f.QuestionId);
    }
}

internal sealed class PostReportConfiguration : IEntityTypeConfiguration<PostReport>
{
    public void Configure(EntityTypeBuilder<PostReport> builder)
    {
        builder.ToTable("CommunityReports");
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.HasOne<Post>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.HandledAt);
    }
}

internal sealed class ModerationActionConfiguration : IEntityTypeConfiguration<ModerationAction>
{
    public void Configure(EntityTypeBuilder<ModerationAction> builder)
    {
        builder.ToTable("CommunityModerationActions");
        builder.Property(a => a.ModeratorName).HasMaxLength(100);
        builder.Property(a => a.Reason).HasMaxLength(1000);
        builder.Property(a => a.PreviousBody).HasMaxLength(CommunityLimits.BodyLength);
        builder.HasOne<Post>().WithMany().HasForeignKey(a => a.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("CommunityNotifications");
        builder.Property(n => n.Subject).HasMaxLength(300);
        builder.Property(n => n.Link).HasMaxLength(300);
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
    }
}

internal sealed class DigestPreferenceConfiguration : IEntityTypeConfiguration<DigestPreference>
{
    public void Configure(EntityTypeBuilder<DigestPreference> builder)
    {
        builder.ToTable("CommunityDigestPreferences");
        builder.HasKey(d => d.UserId);
    }
}

internal sealed class SupportRequestConfiguration : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> builder)
    {
        builder.ToTable("SupportRequests");
        builder.Property(r => r.Question).HasMaxLength(CommunityLimits.TitleLength);
        builder.Property(r => r.Context).HasMaxLength(CommunityLimits.BodyLength);
        builder.Property(r => r.PreferredDates).HasMaxLength(500);
        builder.Property(r => r.RequestedByName).HasMaxLength(100);
        builder.Property(r => r.TriageNote).HasMaxLength(2000);
        builder.Property(r => r.AssignedExpertName).HasMaxLength(100);
        builder.Property(r => r.AssignedOrganisationName).HasMaxLength(300);
        builder.Property(r => r.EvaluationComment).HasMaxLength(2000);
        builder.Ignore(r => r.IsOpen);
        builder.HasIndex(r => new { r.MunicipalityId, r.Status });
        builder.HasIndex(r => r.AssignedExpertId);
    }
}

internal sealed class SupportMessageConfiguration : IEntityTypeConfiguration<SupportMessage>
{
    public void Configure(EntityTypeBuilder<SupportMessage> builder)
    {
        builder.ToTable("SupportMessages");
        builder.Property(m => m.AuthorName).HasMaxLength(100);
        builder.Property(m => m.Body).HasMaxLength(CommunityLimits.BodyLength);
        builder.HasOne<SupportRequest>().WithMany().HasForeignKey(m => m.SupportRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.SupportRequestId, m.CreatedAt });
    }
}
