namespace Samenspraak.Web.Shell.Navigation;

/// <summary>Lets modules put their pages in the side navigation without editing the shell.</summary>
public static class NavigationExtensions
{
    public static IServiceCollection AddNavItem(this IServiceCollection services, NavItem item)
    {
        services.AddSingleton(item);
        return services;
    }
}
