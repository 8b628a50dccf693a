namespace Samenspraak.Web.Community.Shared;

/// <summary>Lengths shared by the forms and the database columns.</summary>
public static class CommunityLimits
{
    public const int TitleLength = 200;
    public const int BodyLength = 20_000;
    public const int ReasonLength = 1000;
}
