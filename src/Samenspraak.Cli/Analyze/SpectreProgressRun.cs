using Samenspraak.Cli.Input;
using Samenspraak.Cli.Resources;
using Spectre.Console;

namespace Samenspraak.Cli.Analyze;

/// <summary>Runs the pipeline under a live Spectre.Console progress bar on an interactive stderr.</summary>
internal static class SpectreProgressRun
{
    public static async Task<AnalyzeSummary> RunAsync(CliConsole console, Func<IAnalyzeReporter, Task<AnalyzeSummary>> run, long? totalBytes)
    {
        var ansi = console.Ansi(console.Error, console.ErrorIsTerminal);
        AnalyzeSummary? summary = null;
        await ansi.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(CliTexts.ProgressStarting, maxValue: totalBytes is > 0 ? totalBytes.Value : 1);
                task.IsIndeterminate = totalBytes is not > 0;
                summary = await run(new Reporter(ansi, task));
                task.Value = task.MaxValue;
                task.StopTask();
            });
        return summary!;
    }

    private sealed class Reporter(IAnsiConsole ansi, ProgressTask task) : IAnalyzeReporter
    {
        private readonly Lock _lock = new();
        private int _listed;

        public void Problem(InputProblem problem, bool stopping)
        {
            lock (_lock)
            {
                if (stopping || _listed < PlainReporter.MaxListedProblems)
                {
                    var text = stopping ? CliTexts.LineFailed(problem.Line, problem.Reason) : CliTexts.LineSkipped(problem.Line, problem.Reason);
                    ansi.MarkupLine($"[yellow]{Markup.Escape(text)}[/]");
                }
                else if (_listed == PlainReporter.MaxListedProblems)
                {
                    ansi.MarkupLine($"[yellow]{Markup.Escape(CliTexts.TooManyProblems(PlainReporter.MaxListedProblems))}[/]");
                }
                _listed++;
            }
        }

        public void Progress(long analysed, long skipped, long bytesRead)
        {
            task.Description = CliTexts.ProgressCounter(analysed, skipped);
            if (!task.IsIndeterminate)
            {
                task.Value = Math.Min(bytesRead, task.MaxValue);
            }
        }
    }
}
