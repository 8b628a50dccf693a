using Samenspraak.Web.Community.Resources;

namespace Samenspraak.Web.Community.Privacy;

/// <summary>
/// How the community shows a person who erased their community data. Erasure blanks the stored name snapshot (and
/// sets the person's id to <see cref="Id"/>); every place that shows a name passes it through <see cref="Name"/>, so
/// the reader sees "Voormalig lid" / "Former member" in their own language instead of an empty cell.
/// </summary>
public static class FormerMember
{
    /// <summary>The id that takes the place of an erased person's id: no account ever has it.</summary>
    public static readonly Guid Id = Guid.Empty;

    public static string Name(string storedName) =>
        storedName.Length == 0 ? CommunityText.Text["Member.Former"] : storedName;

    /// <summary>For optional names (an assigned expert): null stays null ("nobody"), an erased name becomes "Voormalig lid".</summary>
    public static string? Optional(string? storedName) => storedName is null ? null : Name(storedName);
}
