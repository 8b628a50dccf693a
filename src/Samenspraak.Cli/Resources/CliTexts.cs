using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("nl")]

namespace Samenspraak.Cli.Resources;

/// <summary>
/// Every user-facing text of the CLI, from CliTexts.resx (Dutch, the default) or a translation such as
/// CliTexts.en.resx. The language is Dutch unless SAMENSPRAAK_LANG names another (e.g. "en"): the machine's own
/// locale is deliberately not followed, because the users of a Flemish municipality's server expect Dutch messages
/// whatever locale the server was installed with.
/// </summary>
public static partial class CliTexts
{
    public const string LanguageVariable = "SAMENSPRAAK_LANG";

    private static readonly ResourceManager Manager = new("Samenspraak.Cli.Resources.CliTexts", typeof(CliTexts).Assembly);

    /// <summary>Culture of the texts and of the numbers in them ("1.234,5" in Dutch).</summary>
    public static CultureInfo Culture { get; set; } = CultureInfo.GetCultureInfo("nl-BE");

    public static void UseCultureFromEnvironment()
    {
        var name = Environment.GetEnvironmentVariable(LanguageVariable);
        if (!string.IsNullOrWhiteSpace(name))
        {
            try
            {
                Culture = CultureInfo.GetCultureInfo(name.Trim());
            }
            catch (CultureNotFoundException)
            {
                // An unknown language name is not worth failing a run over: stay Dutch.
            }
        }
        CultureInfo.CurrentUICulture = Culture;
    }

    internal static string Get(string name) =>
        Manager.GetString(name, Culture) ?? throw new InvalidOperationException($"CLI text '{name}' is missing from CliTexts.resx.");

    private static string Format(string name, params object[] args) => string.Format(Culture, Get(name), args);
}
