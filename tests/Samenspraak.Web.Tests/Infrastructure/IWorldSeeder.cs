using System.Reflection;

namespace Samenspraak.Web.Tests.Infrastructure;

/// <summary>
/// A module's contribution to the <see cref="TestWorld"/>: resources of the home (and foreign) municipality that its
/// tests and its authorization-matrix rows need (a channel, a plan, a course). Every implementation in this assembly
/// runs once per world, in name order, after the municipalities and users exist; it records what it made with
/// <see cref="TestWorld.AddResource"/>. Create data through the application's own services, not by hand-written SQL.
/// </summary>
public interface IWorldSeeder
{
    Task SeedAsync(IServiceProvider services, TestWorld world);

    internal static async Task RunAllAsync(IServiceProvider services, TestWorld world)
    {
        var seeders = typeof(IWorldSeeder).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IWorldSeeder).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in seeders)
        {
            var seeder = (IWorldSeeder)Activator.CreateInstance(type, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, null, null)!;
            await seeder.SeedAsync(services, world);
        }
    }
}
