using System.Text.RegularExpressions;

namespace Samenspraak.EndToEnd.Tests.Infrastructure;

/// <summary>Reads the credentials that the first run prints once on the console.</summary>
internal static partial class FirstRunBanner
{
    public static (string Email, string Password) Admin(string output)
    {
        var email = AdminEmail().Match(output);
        var password = PasswordLine().Match(output, email.Success ? email.Index : 0);
        return email.Success && password.Success
            ? (email.Groups[1].Value, password.Groups[1].Value)
            : throw new InvalidOperationException("No first-run banner with the admin password in:\n" + output);
    }

    [GeneratedRegex(@"E-mail:\s+(\S+@\S+)")]
    private static partial Regex AdminEmail();

    [GeneratedRegex(@"Wachtwoord:\s+(\S+)")]
    private static partial Regex PasswordLine();
}
