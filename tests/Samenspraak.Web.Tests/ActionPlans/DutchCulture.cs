using System.Globalization;

namespace Samenspraak.Web.Tests.ActionPlans;

/// <summary>Runs a unit test in the app's default culture (nl-BE), so messages and amounts read as users see them.</summary>
internal sealed class DutchCulture : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public DutchCulture()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl-BE");
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
