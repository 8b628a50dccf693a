namespace Samenspraak.Web.Platform.Accounts.Identity;

/// <summary>Authorization policy names. Every endpoint and page names one of these or is explicitly anonymous.</summary>
public static class Policies
{
    /// <summary>Platformbeheerder only.</summary>
    public const string PlatformAdmin = "PlatformAdmin";

    /// <summary>Gemeentebeheerder (of the own municipality; resource checks answer 404 otherwise) or Platformbeheerder.</summary>
    public const string MunicipalityAdmin = "MunicipalityAdmin";

    /// <summary>Medewerker, Moderator or Gemeentebeheerder.</summary>
    public const string Staff = "Staff";

    /// <summary>Any role except Burger.</summary>
    public const string Professional = "Professional";

    /// <summary>Platformbeheerder or Redacteur: approves and edits the shared, platform-wide content.</summary>
    public const string Curator = "Curator";

    /// <summary>Curator or Expert: writes courses, publishes events and answers as an expert.</summary>
    public const string Author = "Author";

    /// <summary>Any logged-in user.</summary>
    public const string Authenticated = "Authenticated";
}
