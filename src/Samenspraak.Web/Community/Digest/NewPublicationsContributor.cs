using Samenspraak.Web.Community.Resources;
using Samenspraak.Web.Community.Themes;
using Samenspraak.Web.Knowledge.Contracts;

namespace Samenspraak.Web.Community.Digest;

/// <summary>
/// The knowledge base's part of the digest: publications, good practices and tools first published since the last
/// digest on the themes the recipient follows (the community and the knowledge base share one theme taxonomy).
/// Knowledge items are public once published, so every recipient may see them. Without the knowledge module there is
/// nothing to add.
/// </summary>
internal sealed class NewPublicationsContributor(FollowedThemes follows, CommunityThemes themes, IServiceProvider services) : IDigestContributor
{
    /// <summary>The kinds that are "new publications" for a reader; organisations, experts and fact-checks are reference
    /// material rather than news.</summary>
    internal static readonly IReadOnlyList<string> Kinds = [KnowledgeKinds.Publication, KnowledgeKinds.Practice, KnowledgeKinds.Tool];

    private const int MaxItems = 20;

    public async Task<IReadOnlyList<DigestItem>> ItemsSinceAsync(DigestRecipient recipient, DateTimeOffset since, CancellationToken ct)
    {
        if (services.GetService<IKnowledgeDirectory>() is not { } directory)
        {
            return [];
        }

        var followed = await follows.OfAsync(recipient.UserId, ct);
        if (followed.Count == 0)
        {
            return [];
        }

        var published = await directory.PublishedSinceAsync(since, Kinds, followed, MaxItems, ct);
        var t = CommunityText.Text;
        var section = t["Digest.Section.Publications"];
        var items = new List<DigestItem>();
        foreach (var item in published)
        {
            // Name the followed theme(s) that brought the item in, so the reader sees why it is there.
            var labels = new List<string>();
            foreach (var slug in item.Themes.Where(followed.Contains))
            {
                labels.Add(await themes.LabelAsync(slug, ct));
            }

            items.Add(new DigestItem(section, item.Title, item.Url,
                t.Format("Digest.PublicationDetail", t[$"Digest.Kind.{item.Kind}"], string.Join(", ", labels))));
        }

        return items;
    }
}
