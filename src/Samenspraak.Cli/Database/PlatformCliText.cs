using System.Globalization;
using System.Resources;

namespace Samenspraak.Cli.Database;

/// <summary>Texts of the platform commands (db, users): PlatformCliText.resx is Dutch, .en.resx English.</summary>
internal static class PlatformCliText
{
    private static readonly ResourceManager Resources = new("Samenspraak.Cli.Database.PlatformCliText", typeof(PlatformCliText).Assembly);

    public static string Get(string name) =>
        Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Missing text {name}.");

    public static string Format(string name, params object?[] args) => string.Format(CultureInfo.CurrentCulture, Get(name), args);
}
