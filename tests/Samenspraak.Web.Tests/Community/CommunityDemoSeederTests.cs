using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Community.Demo;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Community.Support;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.FirstRun;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Community;

/// <summary>The demo content: published questions with an expert's answer and a support request, created once.</summary>
public sealed class CommunityDemoSeederTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task DemoContentIsPublishedOnceForTheDemoMunicipality()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(ct);
        }

        for (var run = 0; run < 2; run++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var seeder = scope.ServiceProvider.GetServices<IModuleSeeder>().OfType<CommunityDemoSeeder>().Single();
            await seeder.SeedAsync(seedDemo: true, ct);
        }

        await using var check = app.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
        var demostad = await db.Municipalities.SingleAsync(m => m.NisCode == DemoData.DemoNisCode, ct);
        var posts = await db.Set<Post>().Where(p => p.AuthorMunicipalityId == demostad.Id).ToListAsync(ct);
        Assert.Equal(2, posts.Count(p => p.Kind == PostKind.Question));
        Assert.All(posts, p => Assert.Equal(PostStatus.Published, p.Status));
        Assert.Contains(posts, p => p is { Kind: PostKind.Answer, ByExpert: true });
        Assert.Equal(1, await db.Set<SupportRequest>().IgnoreTenantFilter().CountAsync(r => r.MunicipalityId == demostad.Id, ct));
    }
}
