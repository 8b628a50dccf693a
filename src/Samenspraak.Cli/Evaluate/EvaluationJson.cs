using System.Text.Json;
using Samenspraak.Analysis;
using Samenspraak.Analysis.Evaluation;
using Samenspraak.Analysis.Serialization;

namespace Samenspraak.Cli.Evaluate;

/// <summary>The evaluation as one indented JSON document (for CI, dashboards and docs/quality.md).</summary>
internal static class EvaluationJson
{
    public static void Write(Stream output, EvaluationOutcome outcome)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = AnalysisJson.WriterOptions.Encoder });
        var report = outcome.Report;
        json.WriteStartObject();
        json.WriteString("model", outcome.Model);
        json.WriteNumber("items", report.Items);
        json.WriteString("split", outcome.Split);
        json.WriteNumber("skipped", outcome.Skipped);
        json.WriteStartArray("files");
        foreach (var file in outcome.Files)
        {
            json.WriteStringValue(file);
        }
        json.WriteEndArray();
        json.WriteStartArray("signals");
        foreach (var m in report.Signals)
        {
            WriteSignal(json, m);
        }
        json.WriteEndArray();
        json.WriteStartObject("macro");
        json.WriteNumber("precision", AnalysisJson.Round(report.MacroPrecision));
        json.WriteNumber("recall", AnalysisJson.Round(report.MacroRecall));
        json.WriteNumber("f1", AnalysisJson.Round(report.MacroF1));
        json.WriteNumber("ece", AnalysisJson.Round(report.MacroExpectedCalibrationError));
        json.WriteEndObject();
        json.WriteStartArray("cases");
        foreach (var c in outcome.Cases)
        {
            json.WriteStartObject();
            json.WriteString("case", c.Case);
            json.WriteNumber("count", c.Count);
            if (c.HateLabelled > 0)
            {
                json.WriteNumber("hateAccuracy", AnalysisJson.Round(c.HateAccuracy));
            }
            json.WriteNumber("allSignalsAccuracy", AnalysisJson.Round(c.AllSignalsAccuracy));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.Write("\n"u8);
    }

    private static void WriteSignal(Utf8JsonWriter json, SignalMetrics m)
    {
        json.WriteStartObject();
        json.WriteString("signal", m.Signal.MachineName());
        json.WriteBoolean("evaluated", m.Evaluated);
        if (m.Evaluated)
        {
            json.WriteNumber("support", m.Support);
            json.WriteNumber("tp", m.Counts.TruePositives);
            json.WriteNumber("fp", m.Counts.FalsePositives);
            json.WriteNumber("fn", m.Counts.FalseNegatives);
            json.WriteNumber("tn", m.Counts.TrueNegatives);
            json.WriteNumber("precision", AnalysisJson.Round(m.Precision));
            json.WriteNumber("recall", AnalysisJson.Round(m.Recall));
            json.WriteNumber("f1", AnalysisJson.Round(m.F1));
            json.WriteNumber("ece", AnalysisJson.Round(m.ExpectedCalibrationError));
        }
        json.WriteEndObject();
    }
}
