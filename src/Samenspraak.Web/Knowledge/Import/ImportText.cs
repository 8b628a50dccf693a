using Samenspraak.Web.Infrastructure.Localization;

namespace Samenspraak.Web.Knowledge.Import;

/// <summary>
/// Marker and accessor for the bulk import's texts (ImportText.resx: Dutch; ImportText.en.resx: English). Pages inject
/// <c>IStringLocalizer&lt;ImportText&gt;</c>; services use <see cref="Text"/>.
/// </summary>
public sealed class ImportText
{
    public static ResourceText Text { get; } = new("Samenspraak.Web.Knowledge.Import.ImportText");
}
