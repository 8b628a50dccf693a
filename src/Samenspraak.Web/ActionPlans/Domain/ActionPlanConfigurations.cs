using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samenspraak.Web.ActionPlans.Domain;

internal sealed class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> builder)
    {
        builder.ToTable("ActionPlans");
        builder.Property(p => p.Title).HasMaxLength(200).IsRequired();
        builder.Property(p => p.AdoptedBy).HasMaxLength(200);
        builder.Property(p => p.OwnerName).HasMaxLength(200);
        builder.Property(p => p.AdoptionRecordedBy).HasMaxLength(200);
        builder.Property(p => p.Themes).HasMaxLength(1000);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => p.MunicipalityId);
        // Member municipalities find partnership plans through this index.
        builder.HasIndex(p => p.PartnershipId);
        builder.HasMany(p => p.Actions).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Partners).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.BudgetLines).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Kpis).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Reports).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Comments).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Members).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ThemeSnapshot).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanMemberConfiguration : IEntityTypeConfiguration<PlanMember>
{
    public void Configure(EntityTypeBuilder<PlanMember> builder)
    {
        builder.ToTable("ActionPlanMembers");
        builder.Property(m => m.DisplayName).HasMaxLength(256);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => new { m.PlanId, m.UserId }).IsUnique();
        // "Plans I work on" looks members up by user.
        builder.HasIndex(m => m.UserId);
    }
}

internal sealed class PlanThemeRowConfiguration : IEntityTypeConfiguration<PlanThemeRow>
{
    public void Configure(EntityTypeBuilder<PlanThemeRow> builder)
    {
        builder.ToTable("ActionPlanThemeRows");
        builder.Property(t => t.Label).HasMaxLength(300).IsRequired();
        builder.Property(t => t.Trend).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.ToTable("ActionPlanActions");
        builder.Property(a => a.Title).HasMaxLength(200).IsRequired();
        builder.Property(a => a.OwnerName).HasMaxLength(200);
        builder.Property(a => a.OwnerEmail).HasMaxLength(256);
        builder.Property(a => a.Partners).HasMaxLength(1000);
        builder.Property(a => a.TargetGroup).HasMaxLength(200);
        builder.Property(a => a.PracticeIds).HasMaxLength(2000);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        // The daily reminder job looks for open actions whose end date has passed.
        builder.HasIndex(a => new { a.Status, a.End });
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.ToTable("ActionPlanBudgetLines");
        builder.Property(b => b.Description).HasMaxLength(300).IsRequired();
        builder.Property(b => b.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Planned).HasPrecision(12, 2);
        builder.Property(b => b.Spent).HasPrecision(12, 2);
        builder.HasOne<PlanAction>().WithMany().HasForeignKey(b => b.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanPartnerConfiguration : IEntityTypeConfiguration<PlanPartner>
{
    public void Configure(EntityTypeBuilder<PlanPartner> builder)
    {
        builder.ToTable("ActionPlanPartners");
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Role).HasMaxLength(1000);
    }
}

internal sealed class KpiConfiguration : IEntityTypeConfiguration<Kpi>
{
    public void Configure(EntityTypeBuilder<Kpi> builder)
    {
        builder.ToTable("ActionPlanKpis");
        builder.Property(k => k.Name).HasMaxLength(200).IsRequired();
        builder.Property(k => k.Unit).HasMaxLength(50);
        builder.Property(k => k.Source).HasMaxLength(300);
        builder.Property(k => k.IndicatorKey).HasMaxLength(200);
        builder.Property(k => k.Kind).HasConversion<string>().HasMaxLength(30);
        builder.HasMany(k => k.Measurements).WithOne().HasForeignKey(m => m.KpiId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class KpiMeasurementConfiguration : IEntityTypeConfiguration<KpiMeasurement>
{
    public void Configure(EntityTypeBuilder<KpiMeasurement> builder)
    {
        builder.ToTable("ActionPlanKpiMeasurements");
        builder.Property(m => m.Note).HasMaxLength(500);
    }
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.ToTable("ActionPlanReports");
        builder.Property(r => r.AuthorName).HasMaxLength(200);
    }
}

internal sealed class PlanCommentConfiguration : IEntityTypeConfiguration<PlanComment>
{
    public void Configure(EntityTypeBuilder<PlanComment> builder)
    {
        builder.ToTable("ActionPlanComments");
        builder.Property(c => c.Text).HasMaxLength(2000).IsRequired();
        builder.Property(c => c.AuthorName).HasMaxLength(200);
        builder.Property(c => c.Section).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.ToTable("ActionPlanVersions");
        builder.Property(v => v.AuthorName).HasMaxLength(200);
        builder.Property(v => v.Change).HasMaxLength(300);
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
    }
}
