using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Community.Support;
using Samenspraak.Web.Community.Themes;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Community;

/// <summary>
/// With the knowledge module present (here a directory of our own), support requests are assigned to organisations of
/// the social map and the community uses the curated theme taxonomy; without it, the shipped themes.json.
/// </summary>
public sealed class SocialMapTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    private static readonly KnowledgeRef Organisation = new(Guid.NewGuid(), KnowledgeKinds.Organisation, "Kennisplatform Samenleven (test)",
        "Ondersteunt lokale besturen.", "/kennis/1", ["polarisatie"], []);

    private static readonly KnowledgeRef Practice = new(Guid.NewGuid(), KnowledgeKinds.Practice, "Een praktijk (test)", "", "/kennis/2", [], []);

    private sealed class Directory : IKnowledgeDirectory
    {
        public Task<IReadOnlyList<KnowledgeRef>> SearchAsync(string? query, IReadOnlyCollection<string>? kinds = null, string? theme = null,
            string? province = null, int limit = 20, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<KnowledgeRef>>([.. new[] { Organisation, Practice }.Where(k => kinds is null || kinds.Contains(k.Kind))]);

        public Task<IReadOnlyList<KnowledgeRef>> GetAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<KnowledgeRef>>([.. new[] { Organisation, Practice }.Where(k => ids.Contains(k.Id))]);

        public Task<IReadOnlyList<KnowledgeRef>> PublishedSinceAsync(DateTimeOffset since, IReadOnlyCollection<string> kinds,
            IReadOnlyCollection<string> themes, int limit = 20, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<KnowledgeRef>>([]);

        public Task<IReadOnlyList<TaxonomyTerm>> GetThemesAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<TaxonomyTerm>>([new TaxonomyTerm("samenleven", "Samenleven (curated)")]);

        public Task<IReadOnlyList<TaxonomyTerm>> GetTargetGroupsAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<TaxonomyTerm>>([]);
    }

    /// <summary>Resolves only the directory, as the application's container would once the knowledge module is registered.</summary>
    private sealed class WithDirectory : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IKnowledgeDirectory) ? new Directory() : null;
    }

    [Fact]
    public async Task ARequestIsAssignedToAnOrganisationOfTheSocialMapButNotToAPractice()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.Services.CreateAsyncScope();
        var support = ActivatorUtilities.CreateInstance<SupportService>(scope.ServiceProvider, new WithDirectory());
        var team = CommunityActors.Of(app.World, Principal.PlatformAdmin);
        var id = Guid.Parse(app.World.Resource("community.home-support-request"));
        Assert.True((await support.TriageAsync(team, id, true, null, ct)).Succeeded);

        var options = await support.SocialMapAsync(null, ct);
        Assert.Equal([Organisation.Id], options.Select(o => o.Id));
        Assert.False((await support.AssignAsync(team, id, null, Practice.Id, ct)).Succeeded);
        Assert.True((await support.AssignAsync(team, id, null, Organisation.Id, ct)).Succeeded);

        var request = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SupportRequest>().IgnoreTenantFilter()
            .AsNoTracking().SingleAsync(r => r.Id == id, ct);
        Assert.Equal(SupportStatus.Assigned, request.Status);
        Assert.Equal("Kennisplatform Samenleven (test)", request.AssignedOrganisationName);
    }

    [Fact]
    public async Task ThemesComeFromTheDirectoryWhenPresentAndFromTheShippedFileOtherwise()
    {
        var ct = TestContext.Current.CancellationToken;
        var environment = app.Services.GetRequiredService<IWebHostEnvironment>();

        var curated = await new CommunityThemes(new WithDirectory(), environment).AllAsync(ct);
        var shipped = await app.Services.GetRequiredService<CommunityThemes>().AllAsync(ct);

        Assert.Equal("samenleven", Assert.Single(curated).Slug);
        Assert.Contains(shipped, t => t.Slug == "haatspraak" && t.Label == "Haatspraak");
        Assert.True(shipped.Count >= 10);
    }
}
