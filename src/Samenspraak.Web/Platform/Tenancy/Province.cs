namespace Samenspraak.Web.Platform.Tenancy;

/// <summary>The Flemish provinces, plus Brussels for the Flemish Community Commission's municipalities.</summary>
public enum Province
{
    Antwerpen,
    Limburg,
    OostVlaanderen,
    VlaamsBrabant,
    WestVlaanderen,
    Brussel,
}
