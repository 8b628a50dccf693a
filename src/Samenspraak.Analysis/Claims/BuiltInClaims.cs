namespace Samenspraak.Analysis.Claims;

/// <summary>Well-known debunked claims, written by the Samenspraak team in its own words.</summary>
internal static class BuiltInClaims
{
    public static IReadOnlyList<KnownClaim> All { get; } = [];
}
