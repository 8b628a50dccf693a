using Samenspraak.Web.Monitoring.Review.Actions;
using Samenspraak.Web.Monitoring.Review.Assignments;
using Samenspraak.Web.Monitoring.Review.Calibration;
using Samenspraak.Web.Monitoring.Review.Detail;
using Samenspraak.Web.Monitoring.Review.Export;
using Samenspraak.Web.Monitoring.Review.Queue;
using Samenspraak.Web.Monitoring.Review.Resources;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Shell.Navigation;

namespace Samenspraak.Web.Monitoring.Review;

/// <summary>Registers the review queue "Signalen" (pages, services, the labelled-data export); called from Program.cs.</summary>
public static class ReviewExtensions
{
    public static WebApplicationBuilder AddMonitoringReview(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ReviewQueue>();
        services.AddScoped<ReviewActions>();
        services.AddScoped<AssignmentNotifier>();
        services.AddScoped<MessageDetailService>();
        services.AddScoped<CalibrationService>();
        services.AddScoped<LabelledExport>();
        services.AddNavItem(new NavItem(NavGroup.Signal, 10, "/signalen", Policies.Staff, typeof(ReviewText), "Nav.Signalen"));
        return builder;
    }

    public static WebApplication MapMonitoringReview(this WebApplication app)
    {
        app.MapLabelledExport();
        return app;
    }
}
