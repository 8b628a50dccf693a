using System.Security.Claims;

namespace Samenspraak.Web.Platform.Start;

/// <summary>How a figure on the start page should draw attention: work waiting, or just information.</summary>
public enum StartTone
{
    Neutral = 0,
    Attention = 1,
}

/// <summary>A count that leads somewhere, e.g. "12 nieuwe signalen" linking to the filtered Signalen queue.</summary>
public sealed record StartFigure(int Value, string Label, string Href, StartTone Tone = StartTone.Neutral);

/// <summary>One named item worth a click, with an optional short note ("stijgend · 15 berichten").</summary>
public sealed record StartLink(string Text, string Href, string? Note = null);

/// <summary>
/// One module's contribution to the logged-in start page: a title linking to the module, a few figures and a few
/// links. <see cref="EmptyText"/> is shown when there are neither, so a fresh municipality learns where to begin.
/// </summary>
public sealed record StartPanel(
    string Title, string Href, IReadOnlyList<StartFigure> Figures, IReadOnlyList<StartLink> Links, string? EmptyText = null);

/// <summary>Who the start page is being built for (the principal for role checks inside a panel).</summary>
public sealed record StartContext(ClaimsPrincipal User, Guid UserId, Guid? MunicipalityId, DateTimeOffset Now);

/// <summary>
/// Implemented by a module that has something to say on the start page ("what needs me today"). The start page only
/// calls a source when the user satisfies its <see cref="Policy"/>; the source reads through the tenant-filtered
/// context, so figures are always the user's own municipality. Returning null leaves the panel out.
/// </summary>
public interface IStartPanelSource
{
    /// <summary>Position on the page: the signal-interpret-act-learn loop, lowest first.</summary>
    int Order { get; }

    /// <summary>The authorization policy a user must satisfy to see this panel (one of the page policies).</summary>
    string Policy { get; }

    Task<StartPanel?> GetAsync(StartContext context, CancellationToken cancellationToken = default);
}

public static class StartPanelExtensions
{
    /// <summary>Adds a module's panel to the start page.</summary>
    public static IServiceCollection AddStartPanel<TSource>(this IServiceCollection services)
        where TSource : class, IStartPanelSource =>
        services.AddScoped<IStartPanelSource, TSource>();
}
