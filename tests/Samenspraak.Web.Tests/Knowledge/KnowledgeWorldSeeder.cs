using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.Import;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Taxonomy;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>
/// The knowledge module's test-world resources: a draft proposal by the home municipality's staff member, a taxonomy
/// term, a published practice with one attachment, and a checked bulk import of the curator.
/// </summary>
internal sealed class KnowledgeWorldSeeder : IWorldSeeder
{
    public const string DraftKey = "knowledge.staff-draft";
    public const string TermKey = "knowledge.term";
    public const string AttachmentKey = "knowledge.published-attachment";
    public const string ImportKey = "knowledge.checked-import";

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

        var published = new KnowledgeItem
        {
            Id = Guid.NewGuid(), Kind = KnowledgeKinds.Practice, Title = "Gepubliceerde praktijk met bijlage", Summary = "Met een verslag.",
            Body = "Tekst.", Status = KnowledgeStatus.Published, PublishedAt = DateTimeOffset.UtcNow, Slug = "testwereld-praktijk-met-bijlage",
        };
        var attachment = await KnowledgeScope.AttachAsync(scope.ServiceProvider, published, "verslag.pdf", SampleFiles.Pdf("testwereld"));
        world.AddResource(AttachmentKey, attachment.Id.ToString());

        // A checked (not started) bulk import of the world's curator: its page is for curators only.
        var curator = world[Principal.Curator];
        var plan = await scope.ServiceProvider.GetRequiredService<BulkImporter>()
            .CheckAsync("Type,Title,Summary\r\ntool,Testwereldspel,Een spel.\r\n"u8.ToArray(), "testwereld.csv", curator.Id);
        var import = await scope.ServiceProvider.GetRequiredService<KnowledgeImports>().KeepAsync(plan, new KnowledgeActor(curator.Id, curator.UserName, curator.MunicipalityId));
        world.AddResource(ImportKey, import.Id.ToString());
    }
}
