using Samenspraak.Web.Infrastructure.Localization;

namespace Samenspraak.Web.Infrastructure.Resources;

/// <summary>Texts of API problem details and validation messages (ApiText.resx: Dutch; ApiText.en.resx: English).</summary>
public static class ApiText
{
    public static ResourceText Text { get; } = new("Samenspraak.Web.Infrastructure.Resources.ApiText");

    public static string Get(string name) => Text[name];

    /// <summary>The Dutch (or English) title of an HTTP error status.</summary>
    public static string Title(int status) => Text[Known(status) ? $"Status{status}Title" : "StatusOtherTitle"];

    public static string Detail(int status) => Text[Known(status) ? $"Status{status}Detail" : "StatusOtherDetail"];

    private static bool Known(int status) => status is 400 or 401 or 403 or 404 or 405 or 409 or 413 or 415 or 429 or 500;
}
