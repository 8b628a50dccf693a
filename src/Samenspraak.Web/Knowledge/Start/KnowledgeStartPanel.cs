using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Start;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Knowledge.Start;

/// <summary>
/// "Kennisbank" on the start page: the user's proposals that a curator sent back, for curators the proposals waiting
/// for their review, and the newest published items.
/// </summary>
public sealed class KnowledgeStartPanel(AppDbContext db) : IStartPanelSource
{
    private const int Newest = 3;

    public int Order => 20;

    public string Policy => Policies.Professional;

    public async Task<StartPanel?> GetAsync(StartContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = KnowledgeStartText.Text;
        var items = db.Set<KnowledgeItem>().AsNoTracking();
        var sentBack = await items.CountAsync(i => i.ProposedById == context.UserId && i.Status == KnowledgeStatus.ChangesRequested, cancellationToken);
        var figures = new List<StartFigure> { new(sentBack, text["Figure.SentBack"], "/kennisbank/mijn-voorstellen", StartTone.Attention) };
        if (context.User.IsInRole(Roles.Curator) || context.User.IsInRole(Roles.PlatformAdmin))
        {
            var waiting = await items.CountAsync(i => i.Status == KnowledgeStatus.Submitted, cancellationToken);
            figures.Add(new StartFigure(waiting, text["Figure.Waiting"], "/kennisbank/beoordelen", StartTone.Attention));
        }

        var newest = await items.Where(i => i.Status == KnowledgeStatus.Published && i.PublishedAt != null)
            .OrderByDescending(i => i.PublishedAt).Take(Newest)
            .Select(i => new { i.Kind, i.Slug, i.Title, i.PublishedAt })
            .ToListAsync(cancellationToken);
        var links = newest
            .Select(i => new StartLink(i.Title, KnowledgeUrls.For(i.Kind, i.Slug), text.Format("Item.Published", BelgianTime.ToLocal(i.PublishedAt!.Value).ToString("d", System.Globalization.CultureInfo.CurrentCulture))))
            .ToList();
        return new StartPanel(text["Title"], "/kennisbank", figures, links, text["Empty"]);
    }
}
