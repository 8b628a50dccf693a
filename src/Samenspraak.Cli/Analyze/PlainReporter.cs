using System.Diagnostics;
using Samenspraak.Cli.Input;
using Samenspraak.Cli.Resources;

namespace Samenspraak.Cli.Analyze;

/// <summary>
/// Reports to a plain stderr (a log file, a pipe, CI): every problem on its own line, and a progress line every few
/// seconds so long runs show they are alive, unless --quiet.
/// </summary>
internal sealed class PlainReporter(TextWriter error, bool quiet, long? totalBytes, TimeSpan? interval = null) : IAnalyzeReporter
{
    /// <summary>Problems listed one by one; beyond this they are only counted (the summary still gives the total).</summary>
    public const int MaxListedProblems = 1000;

    private readonly TimeSpan _interval = interval ?? TimeSpan.FromSeconds(5);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private TimeSpan _lastProgress;
    private int _listed;

    public void Problem(InputProblem problem, bool stopping)
    {
        lock (_lock)
        {
            if (stopping || _listed < MaxListedProblems)
            {
                error.WriteLine(stopping ? CliTexts.LineFailed(problem.Line, problem.Reason) : CliTexts.LineSkipped(problem.Line, problem.Reason));
            }
            else if (_listed == MaxListedProblems)
            {
                error.WriteLine(CliTexts.TooManyProblems(MaxListedProblems));
            }
            _listed++;
        }
    }

    public void Progress(long analysed, long skipped, long bytesRead)
    {
        if (quiet || _clock.Elapsed - _lastProgress < _interval)
        {
            return;
        }
        _lastProgress = _clock.Elapsed;
        var rate = analysed / Math.Max(_clock.Elapsed.TotalSeconds, 1e-9);
        error.WriteLine(totalBytes is > 0
            ? CliTexts.ProgressLineWithPercentage(analysed, rate, 100d * bytesRead / totalBytes.Value)
            : CliTexts.ProgressLine(analysed, rate));
    }
}
