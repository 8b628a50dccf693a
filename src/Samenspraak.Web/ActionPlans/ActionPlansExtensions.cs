using Samenspraak.Web.ActionPlans.Domain;
using Samenspraak.Web.ActionPlans.Exports;
using Samenspraak.Web.ActionPlans.History;
using Samenspraak.Web.ActionPlans.Indicators;
using Samenspraak.Web.ActionPlans.Reminders;
using Samenspraak.Web.ActionPlans.Resources;
using Samenspraak.Web.ActionPlans.Start;
using Samenspraak.Web.Infrastructure.FirstRun;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Indicators;
using Samenspraak.Web.Platform.Start;
using Samenspraak.Web.Shell.Navigation;

namespace Samenspraak.Web.ActionPlans;

/// <summary>The Actieplan module: local action plans (Plan Samenleven, action 2). Program.cs calls AddActionPlans / MapActionPlans.</summary>
public static class ActionPlansExtensions
{
    public static IHostApplicationBuilder AddActionPlans(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ActionPlanOptions>(builder.Configuration.GetSection("ActionPlans"));
        services.AddAuthorizationBuilder()
            .AddPolicy(ActionPlanPolicies.Read, p => p.RequireRole(Roles.Staff, Roles.MunicipalityAdmin, Roles.Official))
            .AddPolicy(ActionPlanPolicies.Edit, p => p.RequireRole(Roles.Staff, Roles.MunicipalityAdmin))
            .AddPolicy(ActionPlanPolicies.Adopt, p => p.RequireRole(Roles.MunicipalityAdmin));
        services.AddScoped<PlanAccess>();
        services.AddScoped<PlanHistory>();
        services.AddScoped<PlanMembers>();
        services.AddScoped<KpiValues>();
        services.AddScoped<OverdueReminders>();
        services.AddScoped<IIndicatorSource, ActionPlanIndicatorSource>();
        services.AddScoped<IModuleSeeder, DemoPlanSeeder>();
        services.AddHostedService<OverdueReminderJob>();
        services.AddNavItem(new NavItem(NavGroup.Act, 10, "/actieplan", ActionPlanPolicies.Read, typeof(ActionPlanText), "Nav.ActionPlan"));
        services.AddStartPanel<ActionPlanStartPanel>();
        return builder;
    }

    public static WebApplication MapActionPlans(this WebApplication app)
    {
        app.MapActionPlanExports();
        return app;
    }
}
