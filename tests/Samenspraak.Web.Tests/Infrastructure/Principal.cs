namespace Samenspraak.Web.Tests.Infrastructure;

/// <summary>Who makes a request in a test: nobody, a user of each role in the home municipality, or a foreign one.</summary>
public enum Principal
{
    Anonymous,
    PlatformAdmin,
    MunicipalityAdmin,
    Staff,
    Official,
    Moderator,
    Expert,
    Partner,
    Citizen,
    Curator,

    /// <summary>Gemeentebeheerder of another municipality: the strongest municipal user who must see nothing of home.</summary>
    ForeignMunicipalityAdmin,
}
