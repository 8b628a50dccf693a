using System.Resources;

[assembly: NeutralResourcesLanguage("nl-BE")]

namespace Samenspraak.Web.Resources;

/// <summary>
/// Marker for the shell's and the Platform module's texts (<c>SharedResource.resx</c> is Dutch, the neutral
/// culture; <c>SharedResource.en.resx</c> is English). Inject <c>IStringLocalizer&lt;SharedResource&gt;</c>.
/// </summary>
public sealed class SharedResource;
