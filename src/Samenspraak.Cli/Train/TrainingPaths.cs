using Samenspraak.Cli.Resources;

namespace Samenspraak.Cli.Train;

/// <summary>
/// Default training paths, relative to the repository root (found by walking up to Samenspraak.slnx):
/// data/corpus, ../shared/data/covid19-disinfo-nl, ../shared/data/lexicons and src/Samenspraak.Analysis/Models.
/// Every folder must exist: the committed artifacts are trained with the shared data, so leaving it out silently
/// would write different models. Leaving it out on purpose takes --without-shared-data.
/// </summary>
internal sealed record TrainingPaths(string Corpus, string? Covid, string? Lexicons, string Output)
{
    public static TrainingPaths Resolve(string? corpus, string? covid, string? lexicons, string? output, bool withoutSharedData)
    {
        var root = corpus is null || output is null || (!withoutSharedData && (covid is null || lexicons is null))
            ? RepositoryPaths.FindRoot() ?? throw new CliException(ExitCodes.FileError, CliTexts.ErrorRepositoryNotFound(RepositoryPaths.SolutionFile))
            : null;
        string FromRoot(params string[] parts) => Path.GetFullPath(Path.Combine([root!, .. parts]));

        var corpusPath = Existing(corpus ?? FromRoot("data", "corpus"));
        string? covidPath = null;
        string? lexiconPath = null;
        if (!withoutSharedData)
        {
            covidPath = Existing(covid ?? FromRoot("..", "shared", "data", "covid19-disinfo-nl"));
            lexiconPath = Existing(lexicons ?? FromRoot("..", "shared", "data", "lexicons"));
        }
        return new TrainingPaths(corpusPath, covidPath, lexiconPath, output ?? FromRoot("src", "Samenspraak.Analysis", "Models"));
    }

    private static string Existing(string path) =>
        Directory.Exists(path) || File.Exists(path) ? path : throw new CliException(ExitCodes.FileError, CliTexts.ErrorDataFolderMissing(path));
}
