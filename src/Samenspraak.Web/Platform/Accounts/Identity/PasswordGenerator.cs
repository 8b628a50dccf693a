using System.Security.Cryptography;

namespace Samenspraak.Web.Platform.Accounts.Identity;

/// <summary>Generates strong random passwords for accounts created by the system (first run, CLI, demo users).</summary>
public static class PasswordGenerator
{
    // No look-alikes (0/O, 1/l/I) so a password read from a console can be typed without doubt.
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "-_.!?#%+=";

    public static string Generate(int length = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 12);
        var all = Lower + Upper + Digits + Symbols;
        var chars = new char[length];
        // One of each class guarantees any reasonable password policy is met; the rest is uniform.
        chars[0] = Pick(Lower);
        chars[1] = Pick(Upper);
        chars[2] = Pick(Digits);
        chars[3] = Pick(Symbols);
        for (var i = 4; i < length; i++)
        {
            chars[i] = Pick(all);
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
}
