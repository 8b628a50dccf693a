using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Taxonomy;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>The knowledge module's test-world resources: a draft proposal by the home municipality's staff member and a taxonomy term.</summary>
internal sealed class KnowledgeWorldSeeder : IWorldSeeder
{
    public const string DraftKey = "knowledge.staff-draft";
    public const string TermKey = "knowledge.term";

    public async Task SeedAsync(IServiceProvider services, TestWorld world)
    {
        await using var scope = services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<KnowledgeWorkflow>();
        var staff = world[Principal.Staff];
        var draft = new KnowledgeItem { Id = Guid.NewGuid(), Kind = KnowledgeKinds.Practice, Title = "Conceptvoorstel van de testwereld" };
        await workflow.SaveProposalAsync(draft, staff.Id, world.Home.Id, submit: false);
        world.AddResource(DraftKey, draft.Id.ToString());

        var term = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<KnowledgeTerm>().FirstAsync(t => t.Kind == TermKind.Theme && t.Slug == "polarisatie");
        world.AddResource(TermKey, term.Id.ToString());
    }
}
