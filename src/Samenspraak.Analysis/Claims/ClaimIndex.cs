namespace Samenspraak.Analysis.Claims;

/// <summary>Index over known claims for fast matching.</summary>
internal sealed class ClaimIndex
{
    private ClaimIndex(IReadOnlyList<KnownClaim> claims) => Claims = claims;

    public IReadOnlyList<KnownClaim> Claims { get; }

    public static ClaimIndex Build(IEnumerable<KnownClaim> claims) => new(claims.ToArray());
}
