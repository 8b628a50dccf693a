namespace Samenspraak.Web.Infrastructure.FirstRun;

/// <summary>
/// A module's start-up content, run on every start after the platform seeding (roles, admin, demo world), in
/// <see cref="Order"/>. Register with <c>services.AddScoped&lt;IModuleSeeder, X&gt;()</c>. Must be idempotent and cheap
/// when there is nothing to do: starter content is loaded once and updated when the shipped version is newer; demo
/// content (only when seedDemo is true) goes to the demo municipalities only.
/// </summary>
public interface IModuleSeeder
{
    /// <summary>Lower runs first (knowledge before the modules that link to it).</summary>
    int Order { get; }

    Task SeedAsync(bool seedDemo, CancellationToken cancellationToken);
}
