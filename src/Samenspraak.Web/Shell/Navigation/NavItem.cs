namespace Samenspraak.Web.Shell.Navigation;

/// <summary>The groups of the side navigation, in the order of the loop the product closes (DESIGN.md).</summary>
public enum NavGroup
{
    /// <summary>Signaleren: signals, themes, dashboard, channels, alerts.</summary>
    Signal = 1,

    /// <summary>Duiden: knowledge base, social map, fact-checks.</summary>
    Interpret = 2,

    /// <summary>Aanpakken: the action plan.</summary>
    Act = 3,

    /// <summary>Leren en ontmoeten: courses, agenda, community, support, role models.</summary>
    Learn = 4,
}

/// <summary>
/// One link in the side navigation, registered by the module that owns the page (<see cref="NavigationExtensions.AddNavItem"/>).
/// The text is looked up in the module's own resources (<paramref name="ResourceType"/>, <paramref name="TextKey"/>),
/// and the link is shown only to users who satisfy <paramref name="Policy"/> — the same policy the page demands.
/// </summary>
public sealed record NavItem(NavGroup Group, int Order, string Href, string Policy, Type ResourceType, string TextKey);
