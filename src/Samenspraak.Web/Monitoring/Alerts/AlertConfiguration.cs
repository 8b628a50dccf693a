using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samenspraak.Web.Monitoring.Alerts;

internal sealed class AlertRuleConfiguration : IEntityTypeConfiguration<AlertRule>
{
    public void Configure(EntityTypeBuilder<AlertRule> builder)
    {
        builder.ToTable("AlertRules");
        builder.Property(r => r.Name).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Email).HasMaxLength(320);
        builder.Property(r => r.WebhookUrl).HasMaxLength(2000);
        builder.Property(r => r.WebhookSecretProtected).HasMaxLength(2000);
        builder.HasIndex(r => new { r.MunicipalityId, r.Active });
    }
}

internal sealed class AlertNotificationConfiguration : IEntityTypeConfiguration<AlertNotification>
{
    public void Configure(EntityTypeBuilder<AlertNotification> builder)
    {
        builder.ToTable("AlertNotifications");
        builder.HasOne<AlertRule>().WithMany().HasForeignKey(n => n.RuleId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.DedupeKey).HasMaxLength(100).IsRequired();
        builder.Property(n => n.Title).HasMaxLength(300).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(4000).IsRequired();
        builder.Property(n => n.WebhookLastError).HasMaxLength(500);
        builder.HasIndex(n => new { n.RuleId, n.DedupeKey }).IsUnique();
        builder.HasIndex(n => new { n.MunicipalityId, n.CreatedAt });
        builder.HasIndex(n => new { n.WebhookDeliveredAt, n.WebhookNextAttemptAt });
    }
}
