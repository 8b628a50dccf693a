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

    public static IReadOnlyList<string> All { get; } =
        [PlatformAdmin, MunicipalityAdmin, Staff, Official, Moderator, Expert, Partner, Citizen];

    /// <summary>Roles that belong to a municipality (everything except the platform admin).</summary>
    public static IReadOnlyList<string> MunicipalityRoles { get; } =
        [MunicipalityAdmin, Staff, Official, Moderator, Expert, Partner, Citizen];

    /// <summary>Every role except the citizen: the people who work with the platform professionally.</summary>
    public static IReadOnlyList<string> Professional { get; } =
        [PlatformAdmin, MunicipalityAdmin, Staff, Official, Moderator, Expert, Partner];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
