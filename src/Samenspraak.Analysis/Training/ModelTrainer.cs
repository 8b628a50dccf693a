using System.Security.Cryptography;
using Samenspraak.Analysis.Claims;
using Samenspraak.Analysis.Features;
using Samenspraak.Analysis.Lexicons;
using Samenspraak.Analysis.Models;

namespace Samenspraak.Analysis.Training;

/// <summary>
/// Trains the model artifacts: n-gram heads per signal (and the covid head) with out-of-fold logits, calibrators over
/// those logits and the rule features, thresholds on the dev split. Deterministic: fixed file order, seeded shuffles,
/// single-threaded arithmetic, invariant number formatting; the same inputs give byte-identical artifacts.
/// </summary>
public static class ModelTrainer
{
    public const string ModelVersion = "samenspraak-nl-2026.11.1";
    private const int Folds = 5;

    /// <summary>The covid tweets file, given as the file or as its folder (the CLI passes the folder of the shared
    /// data; the folder then must hold exactly one .tsv file, so a folder is never silently ignored).</summary>
    private static string? CovidFile(string? path)
    {
        if (path is null)
        {
            return null;
        }
        if (File.Exists(path))
        {
            return path;
        }
        if (!Directory.Exists(path))
        {
            return null;
        }
        var files = Directory.GetFiles(path, "*.tsv");
        return files.Length == 1 ? files[0] : throw new InvalidOperationException($"Expected one .tsv file in {path}, found {files.Length}.");
    }

    public static TrainingReport Train(TrainingOptions options, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var corpus = CorpusReader.ReadCorpus(options.CorpusDirectory);
        if (corpus.Count == 0)
        {
            throw new InvalidOperationException($"No labelled messages found in {options.CorpusDirectory}.");
        }
        var covidFile = CovidFile(options.CovidDisinfoFile);
        var covid = covidFile is not null ? CorpusReader.ReadCovid(covidFile) : [];
        progress?.Report($"corpus: {corpus.Count} messages; covid: {covid.Count} tweets");

        var externalLexicon = ExternalLexiconBuilder.Build(options.LexiconDirectory);
        Lexicon lexicon;
        using (var core = Lexicon.OpenCore())
        {
            lexicon = Lexicon.Load(core, new StringReader(externalLexicon));
        }
        var claims = ClaimIndex.Build(BuiltInClaims.All, lexicon);

        var all = corpus.Concat(covid).ToList();
        var data = TrainingData.Featurise(all, lexicon, claims);
        progress?.Report($"features extracted for {all.Count} messages");

        var corpusTrain = Indices(all, m => m.Source == "corpus" && !m.Dev);
        var corpusDev = Indices(all, m => m.Source == "corpus" && m.Dev);
        var covidTrain = Indices(all, m => m.Source == "covid" && !m.Dev);
        var covidDev = Indices(all, m => m.Source == "covid" && m.Dev);

        var weights = new float[FeatureHasher.Buckets * NgramModel.Heads];
        var bias = new float[NgramModel.Heads];
        var logits = new double[all.Count][];
        for (var i = 0; i < all.Count; i++) logits[i] = new double[NgramModel.Heads];

        for (var head = 0; head < NgramModel.Heads; head++)
        {
            var signal = head == NgramModel.CovidHead ? Signal.Disinformation : (Signal)head;
            var rows = head == NgramModel.CovidHead ? covidTrain : corpusTrain;
            var labels = all.Select(m => m.Labels[(int)signal]).ToArray();
            var seed = options.Seed + head;
            bias[head] = LogisticRegression.TrainSparse(data.Buckets, labels, rows, weights, head, seed);
            for (var i = 0; i < all.Count; i++)
            {
                logits[i][head] = LogisticRegression.Logit(data.Buckets[i], weights, head, bias[head]);
            }
            // Out-of-fold logits for the rows the head was trained on, so calibration sees honest scores.
            if (rows.Count >= 2 * Folds)
            {
                var scratch = new float[weights.Length];
                for (var fold = 0; fold < Folds; fold++)
                {
                    Array.Clear(scratch);
                    var fit = rows.Where((_, n) => n % Folds != fold).ToList();
                    var held = rows.Where((_, n) => n % Folds == fold).ToList();
                    var b = LogisticRegression.TrainSparse(data.Buckets, labels, fit, scratch, head, seed * 31 + fold);
                    foreach (var r in held)
                    {
                        logits[r][head] = LogisticRegression.Logit(data.Buckets[r], scratch, head, b);
                    }
                }
            }
            progress?.Report($"head {head} ({signal.MachineName()}) trained on {rows.Count} messages");
        }

        var calibrators = new Calibrator[Signals.Count];
        var reports = new List<SignalReport>();
        var devScores = new double[Signals.Count][];
        SignalReport? covidReport = null;
        foreach (var signal in Signals.All)
        {
            var s = (int)signal;
            var fitRows = signal == Signal.Disinformation ? corpusTrain.Concat(covidTrain).ToList() : corpusTrain;
            var x = fitRows.Select(r => Inputs(logits[r], s, data.Rules[r])).ToList();
            var y = fitRows.Select(r => all[r].Labels[s]).ToList();
            var w = LogisticRegression.TrainDense(x, y);
            var provisional = new Calibrator(w, 0.5);
            var dev = corpusDev.Count > 0 ? corpusDev : corpusTrain;
            var scores = dev.Select(r => provisional.Probability(Inputs(logits[r], s, data.Rules[r]))).ToList();
            var devLabels = dev.Select(r => all[r].Labels[s]).ToList();
            var threshold = devLabels.Any(l => l) ? Metrics.BestThreshold(scores, devLabels) : 0.5;
            calibrators[s] = new Calibrator(w, threshold);
            var (p, rc, f1) = Metrics.At(scores, devLabels, threshold);
            reports.Add(new SignalReport(signal, devLabels.Count(l => l), devLabels.Count, p, rc, f1, threshold));
            devScores[s] = [.. scores];
            if (signal == Signal.Disinformation && covidDev.Count > 0)
            {
                var cs = covidDev.Select(r => calibrators[s].Probability(Inputs(logits[r], s, data.Rules[r]))).ToList();
                var cl = covidDev.Select(r => all[r].Labels[s]).ToList();
                var (cp, cr, cf) = Metrics.At(cs, cl, threshold);
                covidReport = new SignalReport(signal, cl.Count(l => l), cl.Count, cp, cr, cf, threshold);
            }
            progress?.Report($"{signal.MachineName()}: threshold {threshold:0.00}, dev F1 {f1:0.000}");
        }

        Directory.CreateDirectory(options.OutputDirectory);
        var artifacts = new List<ArtifactInfo>
        {
            Write(options.OutputDirectory, ModelArtifacts.WeightsFile, s => new NgramModel(weights, bias).Write(s)),
            Write(options.OutputDirectory, ModelArtifacts.CalibrationFile, s =>
            {
                using var writer = new StreamWriter(s, leaveOpen: true);
                ModelArtifacts.WriteCalibration(writer, ModelVersion, calibrators);
            }),
            Write(options.OutputDirectory, ModelArtifacts.ExternalLexiconFile, s =>
            {
                using var writer = new StreamWriter(s, leaveOpen: true);
                writer.Write(externalLexicon);
            }),
        };
        return new TrainingReport(ModelVersion, corpusTrain.Count, corpusDev.Count, covidTrain.Count, covidDev.Count, reports, covidReport, artifacts);
    }

    private static float[] Inputs(double[] logits, int signal, float[] rules)
    {
        var x = new float[Calibrator.Inputs];
        Calibrator.BuildInputs((float)logits[signal], (float)logits[NgramModel.CovidHead], rules, x);
        return x;
    }

    private static List<int> Indices(List<LabelledMessage> all, Func<LabelledMessage, bool> predicate)
    {
        var list = new List<int>();
        for (var i = 0; i < all.Count; i++)
        {
            if (predicate(all[i])) list.Add(i);
        }
        return list;
    }

    private static ArtifactInfo Write(string directory, string name, Action<Stream> write)
    {
        var path = Path.Combine(directory, name);
        using (var stream = File.Create(path))
        {
            write(stream);
        }
        var bytes = File.ReadAllBytes(path);
        return new ArtifactInfo(path, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
