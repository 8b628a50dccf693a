using Samenspraak.Web.Community.Digest;
using Samenspraak.Web.Infrastructure.FirstRun;
using Samenspraak.Web.Learning.Agenda;
using Samenspraak.Web.Learning.Authoring;
using Samenspraak.Web.Learning.Courses;
using Samenspraak.Web.Learning.Demo;
using Samenspraak.Web.Learning.Indicators;
using Samenspraak.Web.Learning.Resources;
using Samenspraak.Web.Learning.RoleModels;
using Samenspraak.Web.Learning.RoleModels.Applications;
using Samenspraak.Web.Learning.Start;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Indicators;
using Samenspraak.Web.Platform.Start;
using Samenspraak.Web.Shell.Navigation;

namespace Samenspraak.Web.Learning;

/// <summary>The Learning module: courses (Leren), events (Agenda) and the role-model programme (Rolmodellen).</summary>
public static class LearningExtensions
{
    public static IHostApplicationBuilder AddLearning(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<CourseCatalog>();
        services.AddScoped<QuizService>();
        services.AddScoped<CourseAuthoring>();
        services.AddScoped<StaffProgress>();
        services.AddScoped<LearnerData>();
        services.AddScoped<IModuleSeeder, CourseSeeder>();
        services.AddScoped<RegistrationService>();
        services.AddScoped<RegistrationMails>();
        services.AddScoped<EventChanges>();
        services.AddScoped<EventReminders>();
        services.AddHostedService<EventReminderWorker>();
        services.AddScoped<IDigestContributor, NewEventsDigestContributor>();
        services.AddScoped<RoleModelFigures>();
        services.AddScoped<RoleModelTraining>();
        services.AddScoped<RoleModelPrivacy>();
        services.AddOptions<RoleModelApplicationOptions>().BindConfiguration("Learning:RoleModels");
        services.AddScoped<RoleModelApplications>();
        services.AddSingleton<ApplicationThrottle>();
        services.AddHostedService<ApplicationPurgeWorker>();
        services.AddScoped<IIndicatorSource, LearningIndicatorSource>();
        services.AddNavItem(new NavItem(NavGroup.Learn, 10, "/leren", Policies.Authenticated, typeof(LearningText), "Nav.Courses"));
        services.AddNavItem(new NavItem(NavGroup.Learn, 15, "/leren/beheer", Policies.Author, typeof(AuthoringText), "Nav.Authoring"));
        services.AddNavItem(new NavItem(NavGroup.Learn, 20, "/agenda", Policies.Authenticated, typeof(LearningText), "Nav.Agenda"));
        services.AddNavItem(new NavItem(NavGroup.Learn, 50, "/rolmodellen", Policies.Staff, typeof(LearningText), "Nav.RoleModels"));
        services.AddStartPanel<LearningStartPanel>();
        services.AddScoped<IModuleSeeder, AgendaDemoSeeder>();
        return builder;
    }

    public static WebApplication MapLearning(this WebApplication app)
    {
        app.MapLearningDownloads();
        app.MapCourseMaterials();
        app.MapRoleModelExport();
        LearnerData.MapLearnerDataExport(app);
        return app;
    }
}
