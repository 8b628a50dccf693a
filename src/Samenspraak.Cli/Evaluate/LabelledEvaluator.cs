using Samenspraak.Analysis;
using Samenspraak.Analysis.Evaluation;
using Samenspraak.Cli.Input;
using Samenspraak.Cli.Resources;

namespace Samenspraak.Cli.Evaluate;

/// <summary>
/// Reads labelled files, analyses their texts (in parallel, in chunks, so memory stays bounded) and accumulates the
/// metrics in input order. Lines with an unusable label are reported with file and line, and skipped.
/// The engine comes in as a function so the metrics can be checked by hand against a known stand-in.
/// </summary>
internal sealed class LabelledEvaluator(Func<string, AnalysisResult> analyse, string model, CliConsole console, int threads)
{
    public LabelledEvaluator(TextAnalyzer analyzer, CliConsole console, int threads)
        : this(text => analyzer.Analyze(text), analyzer.ModelVersion, console, threads)
    {
    }

    private const int ChunkSize = 4096;

    private readonly EvaluationAccumulator _metrics = new();
    private readonly CaseAccuracyAccumulator _cases = new();
    private long _skipped;

    /// <param name="source">What the user named: a file or a folder (for the report header).</param>
    public EvaluationOutcome Run(string source, IReadOnlyList<string> files, string? split)
    {
        foreach (var file in files)
        {
            EvaluateFile(file, split);
        }
        return new EvaluationOutcome(_metrics.Build(), _cases.Build(), source, files, split, _skipped, model);
    }

    private void EvaluateFile(string file, string? split)
    {
        using var reader = InputOpener.Open(file, InputFormat.Auto, LabelledColumns.All, console.In);
        if (!Enumerable.Range(LabelledColumns.FirstSignal, Signals.Count).Any(reader.HasColumn))
        {
            throw new CliException(ExitCodes.InputFormat, CliTexts.ErrorNoSignalColumns(file));
        }
        if (split is not null && !reader.HasColumn(LabelledColumns.Split))
        {
            console.Error.WriteLine(CliTexts.WarningNoSplitColumn(file));
            split = null;
        }
        var chunk = new List<(string Text, bool?[] Gold, string? Case)>(ChunkSize);
        while (true)
        {
            var status = reader.Read(out var record, out var problem);
            if (status == ReadStatus.End)
            {
                break;
            }
            if (status == ReadStatus.Problem)
            {
                Skip(file, problem);
                continue;
            }
            if (split is not null && !string.Equals(record.Values[LabelledColumns.Split]?.Trim(), split, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (ParseGold(record, out var gold) is { } invalid)
            {
                Skip(file, new InputProblem(record.Line, invalid));
                continue;
            }
            chunk.Add((record.Values[LabelledColumns.Text]!, gold, record.Values[LabelledColumns.Case]));
            if (chunk.Count == ChunkSize)
            {
                Flush(chunk);
            }
        }
        Flush(chunk);
    }

    private static string? ParseGold(InputRecord record, out bool?[] gold)
    {
        gold = new bool?[Signals.Count];
        for (var i = 0; i < Signals.Count; i++)
        {
            var raw = record.Values[LabelledColumns.FirstSignal + i];
            if (!LabelledColumns.TryParseLabel(raw, out gold[i]))
            {
                return CliTexts.ProblemInvalidLabel(Signals.All[i].MachineName(), raw ?? string.Empty);
            }
        }
        return null;
    }

    private void Flush(List<(string Text, bool?[] Gold, string? Case)> chunk)
    {
        var results = new AnalysisResult[chunk.Count];
        Parallel.For(0, chunk.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => results[i] = analyse(chunk[i].Text));
        Span<bool> predicted = stackalloc bool[Signals.Count];
        for (var i = 0; i < chunk.Count; i++)
        {
            _metrics.AddItem(chunk[i].Gold, results[i]);
            for (var s = 0; s < Signals.Count; s++)
            {
                predicted[s] = results[i].Signals[s].Flagged;
            }
            _cases.Add(chunk[i].Case, chunk[i].Gold, predicted);
        }
        chunk.Clear();
    }

    private void Skip(string file, InputProblem problem)
    {
        console.Error.WriteLine(CliTexts.FileLineSkipped(file, problem.Line, problem.Reason));
        _skipped++;
    }
}
