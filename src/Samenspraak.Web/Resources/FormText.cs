using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace Samenspraak.Web.Resources;

/// <summary>
/// DataAnnotations can only read localised texts from static properties (<c>ErrorMessageResourceType</c>,
/// <c>Display.ResourceType</c>), not from IStringLocalizer. This class exposes the keys that form models need
/// from the same <see cref="SharedResource"/> files the pages use, so labels and messages never drift apart.
/// Field names live under <c>Field.*</c>, messages under <c>Validation.*</c>.
/// </summary>
public static class FormText
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource));

    private static string Field([CallerMemberName] string name = "") => Get("Field." + name);

    private static string Message([CallerMemberName] string name = "") => Get("Validation." + name);

    private static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    // Messages. {0} is the field name, {1} and {2} the attribute's limits.
    public static string Required => Message();
    public static string Email => Message();
    public static string MaxLength => Message();
    public static string PasswordLength => Message();
    public static string PasswordsDiffer => Message();
    public static string NisCode => Message();
    public static string Population => Message();
    public static string AuthenticatorCode => Message();

    // Field names, also used as the visible labels.
    public static string EmailAddress => Field();
    public static string Password => Field();
    public static string NewPassword => Field();
    public static string ConfirmPassword => Field();
    public static string CurrentPassword => Field();
    public static string DisplayName => Field();
    public static string Code => Field();
    public static string RecoveryCode => Field();
    public static string Role => Field();
    public static string Municipality => Field();
    public static string Name => Field();
    public static string NisCodeField => Field();
    public static string Province => Field();
    public static string PopulationField => Field();
    public static string Description => Field();
}
