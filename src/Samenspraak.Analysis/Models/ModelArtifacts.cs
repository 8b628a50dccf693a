using System.Globalization;
using System.Reflection;
using Samenspraak.Analysis.Lexicons;

namespace Samenspraak.Analysis.Models;

/// <summary>
/// The trained model artifacts: n-gram heads (ngram-weights.bin), calibrators with thresholds (calibration.txt)
/// and the lexicon (core + lexicon-external.txt). Loaded once from the assembly's embedded resources.
/// </summary>
internal sealed class ModelArtifacts
{
    public const string WeightsFile = "ngram-weights.bin";
    public const string CalibrationFile = "calibration.txt";
    public const string ExternalLexiconFile = "lexicon-external.txt";

    public required string Version { get; init; }

    public required NgramModel Ngrams { get; init; }

    public required Calibrator[] Calibrators { get; init; }

    public CovidHeadCalibration CovidHead { get; init; } = CovidHeadCalibration.Off;

    public required Lexicon Lexicon { get; init; }

    public static ModelArtifacts LoadEmbedded()
    {
        var asm = Assembly.GetExecutingAssembly();
        using var weights = asm.GetManifestResourceStream("Samenspraak.Analysis.Models." + WeightsFile)
            ?? throw new InvalidOperationException("Embedded model weights are missing; run `samenspraak train`.");
        using var calibration = new StreamReader(asm.GetManifestResourceStream("Samenspraak.Analysis.Models." + CalibrationFile)
            ?? throw new InvalidOperationException("Embedded calibration is missing; run `samenspraak train`."));
        var (version, calibrators, covidHead) = ReadCalibration(calibration);
        return new ModelArtifacts { Version = version, Ngrams = NgramModel.Read(weights), Calibrators = calibrators, CovidHead = covidHead, Lexicon = LexiconStore.Shared };
    }

    /// <summary>Loads artifacts written to a directory (used by tests that train a model and analyse with it).</summary>
    public static ModelArtifacts LoadDirectory(string directory)
    {
        using var weights = File.OpenRead(Path.Combine(directory, WeightsFile));
        using var calibration = new StreamReader(Path.Combine(directory, CalibrationFile));
        using var core = Lexicon.OpenCore();
        using var external = new StreamReader(Path.Combine(directory, ExternalLexiconFile));
        var (version, calibrators, covidHead) = ReadCalibration(calibration);
        return new ModelArtifacts { Version = version, Ngrams = NgramModel.Read(weights), Calibrators = calibrators, CovidHead = covidHead, Lexicon = Lexicon.Load(core, external) };
    }

    public static void WriteCalibration(TextWriter writer, string version, IReadOnlyList<Calibrator> calibrators, CovidHeadCalibration? covidHead = null)
    {
        writer.Write("version " + version + "\n");
        for (var s = 0; s < calibrators.Count; s++)
        {
            var c = calibrators[s];
            writer.Write(((Signal)s).MachineName() + " " + c.Threshold.ToString("R", CultureInfo.InvariantCulture));
            foreach (var w in c.Weights)
            {
                writer.Write(" " + w.ToString("R", CultureInfo.InvariantCulture));
            }
            writer.Write('\n');
        }
        if (covidHead is not null)
        {
            writer.Write(covidHead.Line() + "\n");
        }
    }

    private static (string Version, Calibrator[] Calibrators, CovidHeadCalibration CovidHead) ReadCalibration(TextReader reader)
    {
        var version = "unknown";
        var covidHead = CovidHeadCalibration.Off;
        var calibrators = new Calibrator[Signals.Count];
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            if (parts[0] == "version")
            {
                version = parts[1];
                continue;
            }
            if (parts[0] == CovidHeadCalibration.Key)
            {
                covidHead = CovidHeadCalibration.Parse(parts);
                continue;
            }
            if (!Signals.TryParse(parts[0], out var signal))
            {
                throw new InvalidDataException($"Unknown signal '{parts[0]}' in calibration.");
            }
            var threshold = double.Parse(parts[1], CultureInfo.InvariantCulture);
            var weights = parts.Skip(2).Select(p => float.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            calibrators[(int)signal] = new Calibrator(weights, threshold);
        }
        if (calibrators.Any(c => c is null))
        {
            throw new InvalidDataException("Calibration lacks a signal.");
        }
        return (version, calibrators, covidHead);
    }
}
