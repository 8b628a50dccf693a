using Samenspraak.Web.Infrastructure.FirstRun;
using Samenspraak.Web.Knowledge.Api;
using Samenspraak.Web.Knowledge.Attachments;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.FactChecks;
using Samenspraak.Web.Knowledge.Guidance;
using Samenspraak.Web.Knowledge.Import;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Resources;
using Samenspraak.Web.Knowledge.Search;
using Samenspraak.Web.Knowledge.Seeding;
using Samenspraak.Web.Knowledge.Start;
using Samenspraak.Web.Knowledge.Taxonomy;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Start;
using Samenspraak.Web.Shell.Navigation;

namespace Samenspraak.Web.Knowledge;

/// <summary>The Kennisbank module: knowledge items, search, social map, fact-checks and guidance next to themes.</summary>
public static class KnowledgeExtensions
{
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<KnowledgeStore>();
        services.AddScoped<KnowledgeAttachments>();
        // Keeps the proposal form's text when the chosen files exceed the request limit (runs before the pipeline).
        services.AddTransient<IStartupFilter, OversizeUploads>();
        services.AddScoped<KnowledgeWorkflow>();
        services.AddScoped<FullTextQuery>();
        services.AddScoped<KnowledgeSearch>();
        services.AddScoped<TaxonomyService>();
        services.AddScoped<TaxonomyCuration>();
        services.AddScoped<ClaimReviewImporter>();
        services.AddScoped<KnowledgeExport>();
        services.AddScoped<BulkImporter>();
        services.AddScoped<IKnowledgeDirectory, KnowledgeDirectory>();
        services.AddScoped<IThemeGuidance, ThemeGuidance>();
        services.AddScoped<IFactCheckLibrary, FactCheckLibrary>();
        services.AddScoped<IModuleSeeder, KnowledgeSeeder>();
        services.AddNavItem(new NavItem(NavGroup.Interpret, 10, "/kennisbank", Policies.Authenticated, typeof(KnowledgeText), "Nav.Knowledge"));
        services.AddNavItem(new NavItem(NavGroup.Interpret, 20, "/sociale-kaart", Policies.Authenticated, typeof(KnowledgeText), "Nav.SocialMap"));
        services.AddNavItem(new NavItem(NavGroup.Interpret, 30, "/factchecks", Policies.Authenticated, typeof(KnowledgeText), "Nav.FactChecks"));
        services.AddNavItem(new NavItem(NavGroup.Interpret, 40, "/kennisbank/beoordelen", Policies.Curator, typeof(KnowledgeText), "Nav.Review"));
        services.AddNavItem(new NavItem(NavGroup.Interpret, 50, "/kennisbank/taxonomie", Policies.Curator, typeof(KnowledgeText), "Nav.Taxonomy"));
        services.AddStartPanel<KnowledgeStartPanel>();
        return builder;
    }

    public static IEndpointRouteBuilder MapKnowledge(this IEndpointRouteBuilder app)
    {
        KnowledgeApi.Map(app);
        AttachmentDownloads.Map(app);
        return app;
    }
}
