using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Web.Monitoring.Channels;

namespace Samenspraak.Web.Monitoring.Messages;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.ToTable("Messages");
        builder.HasOne<Channel>().WithMany().HasForeignKey(m => m.ChannelId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.ExternalId).HasMaxLength(200);
        builder.Property(m => m.Fingerprint).HasMaxLength(MessageFingerprint.Length).IsRequired();
        builder.Property(m => m.Text).IsRequired();
        builder.Property(m => m.AuthorPseudonym).HasMaxLength(32);
        builder.Property(m => m.RawHandle).HasMaxLength(200);
        builder.Property(m => m.Url).HasMaxLength(2000);
        builder.Property(m => m.ReplyToExternalId).HasMaxLength(200);
        builder.Property(m => m.Language).HasMaxLength(8);
        builder.Property(m => m.ModelVersion).HasMaxLength(64);
        builder.Property(m => m.ClaimId).HasMaxLength(200);

        // Dedupe: one row per channel and external id; messages without one, one per channel and fingerprint. With an
        // id the fingerprint is a hash of that id (MessageFingerprint), so indexing it too repeated the id index with
        // random keys: every bulk batch dirtied thousands of its pages, the largest write cost of ingest
        // (docs/benchmarks.md, stop 8). Platform ids mostly grow with time, so the id index takes inserts near its end.
        builder.HasIndex(m => new { m.ChannelId, m.Fingerprint }).IsUnique().HasFilter("\"ExternalId\" IS NULL");
        builder.HasIndex(m => new { m.ChannelId, m.ExternalId }).IsUnique();
        // Review queue: open items of a municipality by severity, or newest first.
        builder.HasIndex(m => new { m.MunicipalityId, m.ReviewStatus, m.Severity, m.Id });
        builder.HasIndex(m => new { m.MunicipalityId, m.ReceivedAt });
        // Dashboard, themes and retention work per publication period.
        builder.HasIndex(m => new { m.MunicipalityId, m.PublishedAt });
        // Author history and the per-pseudonym export/delete.
        builder.HasIndex(m => new { m.MunicipalityId, m.AuthorPseudonym });
        // Thread context: replies of a message. Only replies are indexed: most messages reply to nothing, and a query
        // for "ReplyToExternalId = value" can never match a null, so the database still uses this partial index.
        builder.HasIndex(m => new { m.ChannelId, m.ReplyToExternalId }).HasFilter("\"ReplyToExternalId\" IS NOT NULL");
        // The pipeline claims pending rows in id order (and the theme job and the channel page look for pending rows).
        // Analysis at ingest stores nearly every row analysed, so only pending rows are indexed: the index stays as
        // small as the backlog. Every query that needs it says "AnalysisState" = 0 (Pending) literally.
        builder.HasIndex(m => new { m.AnalysisState, m.Id }).HasFilter("\"AnalysisState\" = 0");
    }
}

internal sealed class ReviewDecisionConfiguration : IEntityTypeConfiguration<ReviewDecision>
{
    public void Configure(EntityTypeBuilder<ReviewDecision> builder)
    {
        builder.ToTable("ReviewDecisions");
        builder.HasOne<Message>().WithMany().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Note).HasMaxLength(2000);
        builder.HasIndex(d => new { d.MunicipalityId, d.MessageId });
        builder.HasIndex(d => new { d.MunicipalityId, d.At });
    }
}
