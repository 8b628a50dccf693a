namespace Samenspraak.Web.Community.Shared;

/// <summary>The Community module's own authorization policy.</summary>
public static class CommunityPolicies
{
    /// <summary>
    /// Moderator or Platformbeheerder: moderates the community. The community is shared by all municipalities, so a
    /// municipality's moderator moderates posts of colleagues elsewhere too — a shared duty, written in docs/community.md.
    /// </summary>
    public const string Moderator = "CommunityModerator";
}
