namespace Samenspraak.Web.Platform.Accounts.Identity;

/// <summary>The role names. They are shown to users as they are, so they are Dutch.</summary>
public static class Roles
{
    public const string PlatformAdmin = "Platformbeheerder";
    public const string MunicipalityAdmin = "Gemeentebeheerder";
    public const string Staff = "Medewerker";
    public const string Official = "Mandataris";
    public const string Moderator = "Moderator";
    public const string Expert = "Expert";
    public const string Partner = "Partner";
    public const string Citizen = "Burger";

    /// <summary>
    /// Redacteur: curates the shared, platform-wide content (knowledge base, fact-checks, courses). Belongs to a
    /// municipality like every non-platform user, but only the Platformbeheerder may hand it out, because what a
    /// redacteur approves is read by every municipality.
    /// </summary>
    public const string Curator = "Redacteur";

    public static IReadOnlyList<string> All { get; } =
        [PlatformAdmin, MunicipalityAdmin, Staff, Official, Moderator, Expert, Partner, Citizen, Curator];

    /// <summary>
    /// Roles a Gemeentebeheerder may hand out in the own municipality: everything except the platform-wide
    /// Platformbeheerder and Redacteur.
    /// </summary>
    public static IReadOnlyList<string> MunicipalityRoles { get; } =
        [MunicipalityAdmin, Staff, Official, Moderator, Expert, Partner, Citizen];

    /// <summary>Every role except the citizen: the people who work with the platform professionally.</summary>
    public static IReadOnlyList<string> Professional { get; } =
        [PlatformAdmin, MunicipalityAdmin, Staff, Official, Moderator, Expert, Partner, Curator];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
