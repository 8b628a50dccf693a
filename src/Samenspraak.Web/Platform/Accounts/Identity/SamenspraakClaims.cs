namespace Samenspraak.Web.Platform.Accounts.Identity;

/// <summary>Claim types that Samenspraak adds to the login cookie.</summary>
public static class SamenspraakClaims
{
    /// <summary>The user's municipality id; absent for platform-level users.</summary>
    public const string MunicipalityId = "samenspraak:municipality";

    /// <summary>The name to show in the UI.</summary>
    public const string DisplayName = "samenspraak:display_name";
}
