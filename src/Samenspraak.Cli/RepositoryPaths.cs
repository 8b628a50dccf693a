namespace Samenspraak.Cli;

/// <summary>Finds the repository root (the folder holding Samenspraak.slnx) so defaults work from any subfolder.</summary>
public static class RepositoryPaths
{
    public const string SolutionFile = "Samenspraak.slnx";

    /// <summary>Walks up from <paramref name="start"/> (default: the working directory, then the executable's folder).</summary>
    public static string? FindRoot(string? start = null)
    {
        foreach (var origin in start is null ? [Environment.CurrentDirectory, AppContext.BaseDirectory] : new[] { start })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return dir.FullName;
                }
            }
        }
        return null;
    }
}
