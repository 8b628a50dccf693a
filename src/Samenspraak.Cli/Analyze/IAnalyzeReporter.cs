using Samenspraak.Cli.Input;

namespace Samenspraak.Cli.Analyze;

/// <summary>Receives what the pipeline has to tell a person: problems (in line order) and progress.</summary>
internal interface IAnalyzeReporter
{
    void Problem(InputProblem problem, bool stopping);

    void Progress(long analysed, long skipped, long bytesRead);
}
