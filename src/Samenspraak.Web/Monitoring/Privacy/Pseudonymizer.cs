using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;

namespace Samenspraak.Web.Monitoring.Privacy;

/// <summary>
/// Turns author handles into pseudonyms: HMAC-SHA256 with the municipality's own secret key, truncated to 128 bits
/// (32 hex characters). The same handle gives the same pseudonym within a municipality (author history works), a
/// different one in another municipality, and nobody can recompute it without the key. Keys are created on first
/// use and cached unprotected in memory only.
/// </summary>
public sealed class Pseudonymizer(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock)
{
    private const string Purpose = "Samenspraak.Monitoring.Pseudonyms";
    private readonly ConcurrentDictionary<Guid, byte[]> _keys = new();

    public async Task<PseudonymFunction> ForAsync(Guid municipalityId, CancellationToken ct = default)
    {
        if (!_keys.TryGetValue(municipalityId, out var key))
        {
            key = await LoadOrCreateAsync(municipalityId, ct);
            _keys.TryAdd(municipalityId, key);
        }

        return new PseudonymFunction(key);
    }

    private async Task<byte[]> LoadOrCreateAsync(Guid municipalityId, CancellationToken ct)
    {
        var protector = protection.CreateProtector(Purpose);
        for (var attempt = 0; ; attempt++)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var stored = await db.Set<PseudonymKey>().IgnoreTenantFilter()
                .AsNoTracking().FirstOrDefaultAsync(k => k.MunicipalityId == municipalityId, ct);
            if (stored is not null)
            {
                return Convert.FromBase64String(protector.Unprotect(stored.ProtectedKey));
            }

            var key = RandomNumberGenerator.GetBytes(32);
            db.Add(new PseudonymKey
            {
                Id = Guid.NewGuid(),
                MunicipalityId = municipalityId,
                ProtectedKey = protector.Protect(Convert.ToBase64String(key)),
                CreatedAt = clock.GetUtcNow(),
            });
            try
            {
                await db.SaveChangesAsync(ct);
                return key;
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // Another instance created the key at the same moment (unique index); read theirs.
            }
        }
    }
}

/// <summary>The pseudonym function of one municipality. Thread-safe.</summary>
public sealed class PseudonymFunction(byte[] key)
{
    /// <summary>Null for a missing handle. Handles are compared case-insensitively and without a leading '@'.</summary>
    public string? Of(string? handle)
    {
        if (string.IsNullOrWhiteSpace(handle))
        {
            return null;
        }

        var normalised = handle.Trim().TrimStart('@').ToLowerInvariant();
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normalised), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
