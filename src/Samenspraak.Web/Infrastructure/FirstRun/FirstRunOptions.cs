namespace Samenspraak.Web.Infrastructure.FirstRun;

/// <summary>The <c>Samenspraak</c> configuration section's first-run settings.</summary>
public sealed class FirstRunOptions
{
    public const string Section = "Samenspraak";

    /// <summary>E-mail (and user name) of the platform admin created on the first run.</summary>
    public string AdminEmail { get; set; } = "admin@samenspraak.local";

    /// <summary>Seed the clearly labelled demo municipalities, users and content.</summary>
    public bool SeedDemo { get; set; } = true;
}
