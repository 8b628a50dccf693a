using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Monitoring.Channels;

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.ToTable("Channels");
        builder.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Name).HasMaxLength(120).IsRequired();
        builder.Property(c => c.OwnerName).HasMaxLength(200);
        builder.Property(c => c.FeedUrl).HasMaxLength(2000);
        builder.Property(c => c.AccountOrHashtag).HasMaxLength(200);
        builder.Property(c => c.Cursor).HasMaxLength(500);
        builder.Property(c => c.LastError).HasMaxLength(1000);
        builder.HasIndex(c => new { c.MunicipalityId, c.Name });
        // The poller looks for active feed channels that are due.
        builder.HasIndex(c => new { c.Active, c.NextPollAt });
        builder.HasMany(c => c.ApiKeys).WithOne().HasForeignKey(k => k.ChannelId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChannelApiKeyConfiguration : IEntityTypeConfiguration<ChannelApiKey>
{
    public void Configure(EntityTypeBuilder<ChannelApiKey> builder)
    {
        builder.ToTable("ChannelApiKeys");
        builder.Property(k => k.Label).HasMaxLength(120).IsRequired();
        builder.Property(k => k.Prefix).HasMaxLength(16).IsRequired();
        builder.Property(k => k.Hash).HasMaxLength(64).IsRequired();
        // The push API finds the key by its hash before it knows the municipality.
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.HasIndex(k => new { k.MunicipalityId, k.ChannelId });
        builder.Ignore(k => k.IsActive);
    }
}
