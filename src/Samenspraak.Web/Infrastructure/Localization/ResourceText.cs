using System.Globalization;
using System.Resources;

namespace Samenspraak.Web.Infrastructure.Localization;

/// <summary>
/// Reads strings from an embedded .resx in the current UI culture (Dutch is the neutral culture, English the
/// satellite). Used by infrastructure code that has no Razor component to inject an IStringLocalizer into.
/// </summary>
public sealed class ResourceText(string baseName)
{
    private readonly ResourceManager _resources = new(baseName, typeof(ResourceText).Assembly);

    public string this[string name] =>
        _resources.GetString(name, CultureInfo.CurrentUICulture)
        ?? throw new InvalidOperationException($"Resource '{name}' is missing from {baseName}.");

    public string Format(string name, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, this[name], args);
}
