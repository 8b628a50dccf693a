using Samenspraak.Cli.Resources;

namespace Samenspraak.Cli.Train;

/// <summary>
/// Default training paths, relative to the repository root (found by walking up to Samenspraak.slnx):
/// data/corpus, ../shared/data/covid19-disinfo-nl, ../shared/data/lexicons and src/Samenspraak.Analysis/Models.
/// </summary>
internal sealed record TrainingPaths(string Corpus, string? Covid, string? Lexicons, string Output)
{
    public static TrainingPaths Resolve(string? corpus, string? covid, string? lexicons, string? output)
    {
        var root = RepositoryPaths.FindRoot();
        string FromRoot(string relative) => root is null
            ? throw new CliException(ExitCodes.FileError, CliTexts.ErrorRepositoryNotFound(RepositoryPaths.SolutionFile))
            : Path.GetFullPath(Path.Combine(root, relative));

        var corpusPath = corpus ?? FromRoot("data/corpus");
        if (!Directory.Exists(corpusPath))
        {
            throw new CliException(ExitCodes.FileError, CliTexts.ErrorDataFolderMissing(corpusPath));
        }
        var covidPath = covid ?? FindCovid(root);
        if (covidPath is not null && !File.Exists(covidPath) && !Directory.Exists(covidPath))
        {
            throw new CliException(ExitCodes.FileError, CliTexts.ErrorDataFolderMissing(covidPath));
        }
        var lexiconPath = lexicons ?? Shared(root, "lexicons");
        if (lexiconPath is not null && !Directory.Exists(lexiconPath))
        {
            throw new CliException(ExitCodes.FileError, CliTexts.ErrorDataFolderMissing(lexiconPath));
        }
        return new TrainingPaths(corpusPath, covidPath, lexiconPath, output ?? FromRoot("src/Samenspraak.Analysis/Models"));
    }

    /// <summary>../shared/data/NAME beside the repository, or null when the shared data is not there (reported by the trainer as skipped).</summary>
    private static string? Shared(string? root, string name)
    {
        if (root is null)
        {
            return null;
        }
        var path = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", name));
        return Directory.Exists(path) ? path : null;
    }

    private static string? FindCovid(string? root) => Shared(root, "covid19-disinfo-nl");
}
