using System.Globalization;
using System.Text;
using Samenspraak.Analysis;
using Samenspraak.Analysis.Training;

namespace Samenspraak.Benchmarks;

/// <summary>Training and quality figures, run from the repository root.</summary>
internal static class DeveloperTasks
{
    public static void Train()
    {
        var report = ModelTrainer.Train(
            new TrainingOptions("data/corpus", "../shared/data/covid19-disinfo-nl/covid19_disinfo_nl_train_dev.tsv", "../shared/data/lexicons", "src/Samenspraak.Analysis/Models"),
            new Progress<string>(Console.WriteLine));
        foreach (var s in report.Signals)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Signal.MachineName(),-15} t={s.Threshold:0.00} P={s.Precision:0.000} R={s.Recall:0.000} F1={s.F1:0.000} pos={s.DevPositives}/{s.DevCount}"));
        }
        if (report.CovidDisinformation is { } c)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"covid dev       t={c.Threshold:0.00} P={c.Precision:0.000} R={c.Recall:0.000} F1={c.F1:0.000} pos={c.DevPositives}/{c.DevCount}"));
        }
        foreach (var a in report.Artifacts)
        {
            Console.WriteLine($"{a.Path} {a.Bytes} {a.Sha256}");
        }
    }

    /// <summary>
    /// Processor time per message on one thread over 400,000 analyses: on a shared machine wall-clock benchmarks
    /// measure the other tenants too, processor time measures the engine.
    /// </summary>
    public static void CpuTime()
    {
        var analyzer = TextAnalyzer.Default;
        var messages = AnalyzerBenchmarks.Messages;
        foreach (var explain in new[] { false, true })
        {
            var options = explain ? AnalysisOptions.Explained : AnalysisOptions.Default;
            for (var i = 0; i < 50_000; i++) analyzer.Analyze(messages[i % messages.Length], options);
            var process = System.Diagnostics.Process.GetCurrentProcess();
            var cpu0 = process.TotalProcessorTime;
            var wall = System.Diagnostics.Stopwatch.StartNew();
            const int n = 400_000;
            for (var i = 0; i < n; i++) analyzer.Analyze(messages[i % messages.Length], options);
            process.Refresh();
            var cpuMicros = (process.TotalProcessorTime - cpu0).TotalMilliseconds * 1000 / n;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"explain={explain}: {cpuMicros:0.00} us CPU/message ({1e6 / cpuMicros:0} msg/s per core), wall {wall.Elapsed.TotalMilliseconds * 1000 / n:0.00} us/message"));
        }
    }

    /// <summary>Per-signal P/R/F1 and per-case accuracy (hateful-or-not per the case's harmful labels) on the corpus dev split.</summary>
    public static void Quality(string output)
    {
        var analyzer = TextAnalyzer.Default;
        var rows = new List<(string Case, bool[] Labels, AnalysisResult Result, string Text)>();
        foreach (var file in Directory.GetFiles("data/corpus", "*.tsv").OrderBy(f => f, StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            var header = lines[0].Split('\t');
            int Col(string n) => Array.IndexOf(header, n);
            foreach (var line in lines.Skip(1))
            {
                var f = line.Split('\t');
                if (f.Length < header.Length - 1 || f[Col("split")] != "dev") continue;
                var labels = Signals.All.Select(s => f[Col(s.MachineName())] == "1").ToArray();
                rows.Add((f[Col("case")], labels, analyzer.Analyze(f[Col("text")]), f[Col("text")]));
            }
        }
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Corpus dev split: {rows.Count} messages, model {analyzer.ModelVersion}.\n\n");
        sb.Append("| signal | dev positives | precision | recall | F1 |\n| --- | --- | --- | --- | --- |\n");
        foreach (var s in Signals.All)
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var r in rows)
            {
                var pred = r.Result[s].Flagged;
                if (pred && r.Labels[(int)s]) tp++; else if (pred) fp++; else if (r.Labels[(int)s]) fn++;
            }
            double p = tp + fp == 0 ? 0 : tp / (double)(tp + fp), rc = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
            var f1 = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
            sb.Append(CultureInfo.InvariantCulture, $"| {s.MachineName()} | {tp + fn} | {p:0.000} | {rc:0.000} | {f1:0.000} |\n");
        }
        sb.Append("\nPer case type: accuracy of hateful-versus-not (hate flag against the hate label).\n\n| case | n | hate accuracy | harmful accuracy |\n| --- | --- | --- | --- |\n");
        foreach (var g in rows.GroupBy(r => r.Case).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var n = g.Count();
            var hate = g.Count(r => r.Result[Signal.Hate].Flagged == r.Labels[(int)Signal.Hate]) / (double)n;
            var harmful = g.Count(r => r.Result.Harmful == (r.Labels[0] || r.Labels[2] || r.Labels[3] || r.Labels[4] || r.Labels[5] || r.Labels[6])) / (double)n;
            sb.Append(CultureInfo.InvariantCulture, $"| {g.Key} | {n} | {hate:0.00} | {harmful:0.00} |\n");
        }
        const string covid = "../shared/data/covid19-disinfo-nl/covid19_disinfo_nl_train_dev.tsv";
        if (File.Exists(covid))
        {
            var lines = File.ReadAllLines(covid);
            var header = lines[0].Split('\t');
            int Col(string n) => Array.IndexOf(header, n);
            int tp = 0, fp = 0, fn = 0, n = 0;
            foreach (var line in lines.Skip(1))
            {
                var f = line.Split('\t');
                if (f.Length < header.Length - 1 || f[Col("disinfo2021_split")] != "dev") continue;
                var gold = f[Col("q2_binary")] == "yes" || f[Col("q6_multiclass")] is "yes_rumor_conspiracy" or "yes_bad_cure";
                var pred = analyzer.Analyze(f[Col("text")].Replace(" \\n ", "\n", StringComparison.Ordinal))[Signal.Disinformation].Flagged;
                n++;
                if (pred && gold) tp++; else if (pred) fp++; else if (gold) fn++;
            }
            double p = tp + fp == 0 ? 0 : tp / (double)(tp + fp), rc = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
            var f1 = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
            sb.Append(CultureInfo.InvariantCulture, $"\nCovid dev split ({n} tweets, {tp + fn} false/harmful): disinformation precision {p:0.000}, recall {rc:0.000}, F1 {f1:0.000} (tp {tp}, fp {fp}, fn {fn}).\n");
        }
        File.WriteAllText(output, sb.ToString());
        Console.Write(sb.ToString());
        var errors = rows.Where(r => r.Result[Signal.Hate].Flagged != r.Labels[(int)Signal.Hate]).Take(60);
        foreach (var e in errors)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{e.Case}] gold={(e.Labels[0] ? 1 : 0)} p={e.Result[Signal.Hate].Score:0.00} {e.Text}"));
        }
    }
}
