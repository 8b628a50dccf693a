using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Attachments;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>Helpers for the knowledge tests: services in a scope, and items created through the module's own store.</summary>
internal static class KnowledgeScope
{
    public static async Task<T> RunAsync<T>(AppFixture app, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>A published item with a unique slug, saved like a curator would (versions, search document).</summary>
    public static Task<KnowledgeItem> PublishAsync(AppFixture app, string kind, string title, string body, Action<KnowledgeItem>? configure = null) =>
        RunAsync(app, async services =>
        {
            var item = new KnowledgeItem
            {
                Kind = kind, Title = title, Summary = title, Body = body, Status = KnowledgeStatus.Published, PublishedAt = DateTimeOffset.UtcNow,
                Slug = $"test-{Guid.NewGuid():N}",
            };
            configure?.Invoke(item);
            await services.GetRequiredService<KnowledgeStore>().SaveAsync(item, KnowledgeActions.Edited, actorId: null);
            return item;
        });

    public static Task<KnowledgeItem?> FindAsync(AppFixture app, Guid id) =>
        RunAsync(app, services => services.GetRequiredService<AppDbContext>().Set<KnowledgeItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id));

    /// <summary>Attaches a file to the item (new or existing) and saves it, the way the proposal form does.</summary>
    public static async Task<KnowledgeAttachment> AttachAsync(IServiceProvider services, KnowledgeItem item, string fileName, byte[] bytes)
    {
        var (upload, problem) = await KnowledgeAttachments.StageAsync(fileName, bytes.Length, new MemoryStream(bytes));
        Assert.Null(problem);
        var attachments = services.GetRequiredService<KnowledgeAttachments>();
        Assert.True(await attachments.StageChangesAsync(item.Id, [upload!], [], new HashSet<Guid>(), actorId: null));
        await services.GetRequiredService<KnowledgeStore>().SaveAsync(item, KnowledgeActions.Edited, actorId: null);
        return (await attachments.ListAsync(item.Id)).Single(a => a.Sha256 == upload!.Sha256);
    }
}
