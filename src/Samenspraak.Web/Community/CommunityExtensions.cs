using Samenspraak.Web.Community.Demo;
using Samenspraak.Web.Community.Digest;
using Samenspraak.Web.Community.Moderation;
using Samenspraak.Web.Community.Notifications;
using Samenspraak.Web.Community.Privacy;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Community.Resources;
using Samenspraak.Web.Community.Shared;
using Samenspraak.Web.Community.Start;
using Samenspraak.Web.Community.Support;
using Samenspraak.Web.Community.Themes;
using Samenspraak.Web.Infrastructure.FirstRun;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Start;
using Samenspraak.Web.Shell.Navigation;

namespace Samenspraak.Web.Community;

/// <summary>The Community module: questions and answers (Gemeenschap), moderation, notifications and digests, support requests (Ondersteuning).</summary>
public static class CommunityExtensions
{
    public static IHostApplicationBuilder AddCommunity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder()
            .AddPolicy(CommunityPolicies.Moderator, p => p.RequireRole(Roles.Moderator, Roles.PlatformAdmin));
        services.AddScoped<CommunityThemes>();
        services.AddScoped<FollowedThemes>();
        services.AddScoped<Notifier>();
        services.AddScoped<CommunityService>();
        services.AddScoped<QuestionSearch>();
        services.AddScoped<ModerationService>();
        services.AddScoped<SupportService>();
        services.AddScoped<DigestSender>();
        services.AddScoped<MyCommunityData>();
        services.AddScoped<ICommunityDataEraser, CommunityDataEraser>();
        services.AddScoped<IDigestContributor, NewQuestionsContributor>();
        services.AddScoped<IDigestContributor, NewPublicationsContributor>();
        services.AddHostedService<DigestJob>();
        services.AddScoped<IModuleSeeder, CommunityDemoSeeder>();
        services.AddNavItem(new NavItem(NavGroup.Learn, 30, "/gemeenschap", Policies.Professional, typeof(CommunityText), "Nav.Community"));
        services.AddNavItem(new NavItem(NavGroup.Learn, 40, "/ondersteuning", Policies.Professional, typeof(CommunityText), "Nav.Support"));
        services.AddStartPanel<CommunityStartPanel>();
        return builder;
    }

    public static IEndpointRouteBuilder MapCommunity(this IEndpointRouteBuilder app)
    {
        app.MapCommunityApi();
        MyCommunityData.MapMyCommunityDataExport(app);
        return app;
    }
}
