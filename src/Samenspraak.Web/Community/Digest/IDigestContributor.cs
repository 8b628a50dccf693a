namespace Samenspraak.Web.Community.Digest;

/// <summary>Who a digest is for. Contributors decide per recipient what is new for them.</summary>
public sealed record DigestRecipient(Guid UserId, string DisplayName, Guid? MunicipalityId);

/// <summary>One line of a digest: a heading it is grouped under, a title and a local link.</summary>
public sealed record DigestItem(string Section, string Title, string Path, string? Detail = null);

/// <summary>
/// Adds items to the e-mail digest. The community contributes new questions on followed themes; other modules (new
/// publications, events on followed themes) register their own with <c>services.AddScoped&lt;IDigestContributor, X&gt;()</c>.
/// Called outside any request, in the recipient's UI culture; items must only be what the recipient may see.
/// </summary>
public interface IDigestContributor
{
    Task<IReadOnlyList<DigestItem>> ItemsSinceAsync(DigestRecipient recipient, DateTimeOffset since, CancellationToken ct);
}
