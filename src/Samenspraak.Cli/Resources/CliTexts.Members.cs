namespace Samenspraak.Cli.Resources;

/// <summary>One member per key of CliTexts.resx (Dutch) and CliTexts.en.resx; CliTextsTests keep them in step.</summary>
public static partial class CliTexts
{
    public static string RootDescription => Get(nameof(RootDescription));

    public static string VerboseDescription => Get(nameof(VerboseDescription));

    public static string QuietDescription => Get(nameof(QuietDescription));

    public static string HelpDescription => Get(nameof(HelpDescription));

    public static string VersionDescription => Get(nameof(VersionDescription));

    public static string UsageError(string message) => Format(nameof(UsageError), message);

    public static string UsageHint(string command) => Format(nameof(UsageHint), command);

    public static string StdinName => Get(nameof(StdinName));

    public static string AnalyzeDescription => Get(nameof(AnalyzeDescription));

    public static string AnalyzeExitCodes => Get(nameof(AnalyzeExitCodes));

    public static string AnalyzeInputDescription => Get(nameof(AnalyzeInputDescription));

    public static string AnalyzeOutputDescription => Get(nameof(AnalyzeOutputDescription));

    public static string AnalyzeExplainDescription => Get(nameof(AnalyzeExplainDescription));

    public static string AnalyzeOnErrorDescription => Get(nameof(AnalyzeOnErrorDescription));

    public static string AnalyzeClaimsDescription => Get(nameof(AnalyzeClaimsDescription));

    public static string AnalyzeThreadsDescription => Get(nameof(AnalyzeThreadsDescription));

    public static string AnalyzeFormatDescription => Get(nameof(AnalyzeFormatDescription));

    public static string AnalyzeMaxLineDescription => Get(nameof(AnalyzeMaxLineDescription));

    public static string ClaimsLoaded(long count, string file) => Format(nameof(ClaimsLoaded), count, file);

    public static string ClaimsLineSkipped(string file, long line, string reason) => Format(nameof(ClaimsLineSkipped), file, line, reason);

    public static string ClaimsLineFailed(string file, long line, string reason) => Format(nameof(ClaimsLineFailed), file, line, reason);

    public static string WarningNoIdColumn => Get(nameof(WarningNoIdColumn));

    public static string LineSkipped(long line, string reason) => Format(nameof(LineSkipped), line, reason);

    public static string LineFailed(long line, string reason) => Format(nameof(LineFailed), line, reason);

    public static string FileLineSkipped(string file, long line, string reason) => Format(nameof(FileLineSkipped), file, line, reason);

    public static string TooManyProblems(int count) => Format(nameof(TooManyProblems), count);

    public static string ProgressStarting => Get(nameof(ProgressStarting));

    public static string ProgressCounter(long analysed, long skipped) => Format(nameof(ProgressCounter), analysed, skipped);

    public static string ProgressLine(long analysed, double rate) => Format(nameof(ProgressLine), analysed, rate);

    public static string ProgressLineWithPercentage(long analysed, double rate, double percent) => Format(nameof(ProgressLineWithPercentage), analysed, rate, percent);

    public static string AnalyzeDone(long analysed, double seconds, double rate) => Format(nameof(AnalyzeDone), analysed, seconds, rate);

    public static string AnalyzeStopped(long line) => Format(nameof(AnalyzeStopped), line);

    public static string AnalyzeSkippedSummary(long skipped) => Format(nameof(AnalyzeSkippedSummary), skipped);

    public static string ProblemMissingField(string field) => Format(nameof(ProblemMissingField), field);

    public static string ProblemLineTooLong(string megabytes) => Format(nameof(ProblemLineTooLong), megabytes);

    public static string ProblemInvalidUtf8 => Get(nameof(ProblemInvalidUtf8));

    public static string ProblemInvalidJson(long position) => Format(nameof(ProblemInvalidJson), position);

    public static string ProblemNotAnObject => Get(nameof(ProblemNotAnObject));

    public static string ProblemFieldCount(int found, int expected) => Format(nameof(ProblemFieldCount), found, expected);

    public static string ProblemUnclosedQuote => Get(nameof(ProblemUnclosedQuote));

    public static string ProblemBadQuote => Get(nameof(ProblemBadQuote));

    public static string ProblemBinary => Get(nameof(ProblemBinary));

    public static string ProblemAnalysisFailed(string message) => Format(nameof(ProblemAnalysisFailed), message);

    public static string ProblemInvalidLabel(string column, string value) => Format(nameof(ProblemInvalidLabel), column, value);

    public static string ErrorFileNotFound(string path) => Format(nameof(ErrorFileNotFound), path);

    public static string ErrorFileUnreadable(string path) => Format(nameof(ErrorFileUnreadable), path);

    public static string ErrorInputIsDirectory(string path) => Format(nameof(ErrorInputIsDirectory), path);

    public static string ErrorOutputNotWritable(string path) => Format(nameof(ErrorOutputNotWritable), path);

    public static string ErrorReadWrite(string detail) => Format(nameof(ErrorReadWrite), detail);

    public static string ErrorEmptyInput(string name) => Format(nameof(ErrorEmptyInput), name);

    public static string ErrorBinaryInput(string name) => Format(nameof(ErrorBinaryInput), name);

    public static string ErrorUtf16(string name) => Format(nameof(ErrorUtf16), name);

    public static string ErrorHeaderUnreadable(string name) => Format(nameof(ErrorHeaderUnreadable), name);

    public static string ErrorMissingColumn(string column, string name, string found) => Format(nameof(ErrorMissingColumn), column, name, found);

    public static string ErrorNoSignalColumns(string file) => Format(nameof(ErrorNoSignalColumns), file);

    public static string ErrorNoTsvInFolder(string folder) => Format(nameof(ErrorNoTsvInFolder), folder);

    public static string ErrorThreadsRange => Get(nameof(ErrorThreadsRange));

    public static string ErrorMaxLineRange => Get(nameof(ErrorMaxLineRange));

    public static string ErrorCancelled => Get(nameof(ErrorCancelled));

    public static string ErrorUnexpected(string type, string message) => Format(nameof(ErrorUnexpected), type, message);

    public static string HintVerbose => Get(nameof(HintVerbose));

    public static string ErrorRepositoryNotFound(string solution) => Format(nameof(ErrorRepositoryNotFound), solution);

    public static string ErrorDataFolderMissing(string path) => Format(nameof(ErrorDataFolderMissing), path);

    public static string EvaluateDescription => Get(nameof(EvaluateDescription));

    public static string EvaluateExitCodes => Get(nameof(EvaluateExitCodes));

    public static string EvaluateInputDescription => Get(nameof(EvaluateInputDescription));

    public static string EvaluateFormatDescription => Get(nameof(EvaluateFormatDescription));

    public static string EvaluateByCaseDescription => Get(nameof(EvaluateByCaseDescription));

    public static string EvaluateSplitDescription => Get(nameof(EvaluateSplitDescription));

    public static string WarningNoSplitColumn(string file) => Format(nameof(WarningNoSplitColumn), file);

    public static string EvaluateHeader(long items, string source, int files, string split, string model) => Format(nameof(EvaluateHeader), items, source, files, split, model);

    public static string AllSplits => Get(nameof(AllSplits));

    public static string NoCaseColumn => Get(nameof(NoCaseColumn));

    public static string NotEvaluated => Get(nameof(NotEvaluated));

    public static string MacroAverage => Get(nameof(MacroAverage));

    public static string ColumnSignal => Get(nameof(ColumnSignal));

    public static string ColumnSupport => Get(nameof(ColumnSupport));

    public static string ColumnPrecision => Get(nameof(ColumnPrecision));

    public static string ColumnRecall => Get(nameof(ColumnRecall));

    public static string ColumnCalibration => Get(nameof(ColumnCalibration));

    public static string ColumnCase => Get(nameof(ColumnCase));

    public static string ColumnItems => Get(nameof(ColumnItems));

    public static string ColumnHateAccuracy => Get(nameof(ColumnHateAccuracy));

    public static string ColumnAllAccuracy => Get(nameof(ColumnAllAccuracy));

    public static string TrainDescription => Get(nameof(TrainDescription));

    public static string TrainExitCodes => Get(nameof(TrainExitCodes));

    public static string TrainCorpusDescription => Get(nameof(TrainCorpusDescription));

    public static string TrainCovidDescription => Get(nameof(TrainCovidDescription));

    public static string TrainLexiconsDescription => Get(nameof(TrainLexiconsDescription));

    public static string TrainOutputDescription => Get(nameof(TrainOutputDescription));

    public static string TrainSeedDescription => Get(nameof(TrainSeedDescription));

    public static string TrainWithoutSharedDescription => Get(nameof(TrainWithoutSharedDescription));

    public static string TrainSummary(string model, int train, int dev, int covidTrain, int covidDev) => Format(nameof(TrainSummary), model, train, dev, covidTrain, covidDev);

    public static string TrainArtifact(string path, long bytes, string sha) => Format(nameof(TrainArtifact), path, bytes, sha);

    public static string ColumnDevPositives => Get(nameof(ColumnDevPositives));

    public static string ColumnThreshold => Get(nameof(ColumnThreshold));

    public static string CovidDevRow => Get(nameof(CovidDevRow));
}
